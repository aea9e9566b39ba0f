package uk.opencsc.returns.cin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.opencsc.audit.ExportPerformed;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.returns.cin.rules.CensusValidator;
import uk.opencsc.returns.cin.rules.ValidationReport;
import uk.opencsc.returns.cin.xml.CensusXmlWriter;

/**
 * The CIN census of a collection year, straight from the record: the children and episodes in scope (the DfE's census
 * guide; see {@code cin-census-children.sql}) read by one set-based query, streamed a child at a time into the XML and
 * through every validation rule, so neither the file nor the children are held in memory.
 */
@Service
public class CinCensusExport {

    /** The first CIN census collected child by child covered 2008-09. */
    public static final int FIRST_YEAR = 2009;
    static final String SOFTWARE_CODE = "OpenCSC";
    /** One submission of each year's return from OpenCSC; a resubmission after changes is still the authority's return. */
    static final String SERIAL_NUMBER = "001";
    /** Rows fetched at a time: enough for few round trips, few enough that memory does not grow with the census. */
    private static final int FETCH_SIZE = 500;

    private static final String CHILDREN_IN_SCOPE = resource("cin-census-children.sql");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String laCode;

    CinCensusExport(JdbcTemplate jdbc, ApplicationEventPublisher events, Optional<Clock> clock,
                    @Value("${opencsc.local-authority.dfe-code}") String laCode) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.laCode = laCode;
    }

    /** What an export made: the header written, what the rules found, and the record each LAchildID came from. */
    public record Result(CensusHeader header, ValidationReport report, Map<String, UUID> personIds) {
        public int children() {
            return report.children();
        }
    }

    /** The latest year that may be exported: the one whose collection period holds today. */
    public int latestYear() {
        return CensusPeriod.containing(LocalDate.now(clock)).yearEnding();
    }

    /** @throws InvalidValueException naming "year" for a year before the census began or one not yet begun */
    public CensusPeriod period(int year) {
        if (year < FIRST_YEAR || year > latestYear()) {
            throw new InvalidValueException("year", "Census year must be from " + FIRST_YEAR + " to " + latestYear()
                    + " (the year ending 31 March)");
        }
        return CensusPeriod.yearEnding(year);
    }

    /**
     * Writes the year's census to {@code out} and validates it, without auditing: for the analyst's page, which
     * audits the download, and the benchmark, which writes nowhere.
     *
     * @param progress told the number of children written so far, after each child
     */
    @Transactional(readOnly = true)
    public Result write(int year, OutputStream out, LongConsumer progress) {
        CensusPeriod period = period(year);
        CensusHeader header = header(period);
        CensusValidator validator = new CensusValidator(header, period);
        Map<String, UUID> personIds = new HashMap<>();
        try (CensusXmlWriter xml = new CensusXmlWriter(out)) {
            xml.start(header);
            long[] written = {0};
            jdbc.query(CHILDREN_IN_SCOPE, parameters(period), (RowCallbackHandler) row -> {
                CensusChild child = child((int) ++written[0], row);
                personIds.put(child.laChildId(), row.getObject("id", UUID.class));
                xml.write(child);
                validator.check(child);
                progress.accept(written[0]);
            });
        }
        return new Result(header, validator.finish(), personIds);
    }

    /** The year's census written to {@code out} for the command line (whoever runs the jar on the server), audited as an export. */
    @Transactional
    public Result exportForCommandLine(int year, OutputStream out, LongConsumer progress) {
        Result result = write(year, out, progress);
        audit(year, result.children());
        return result;
    }

    /**
     * One child as the census of {@code period} would report them, read in the caller's transaction (so a form being
     * saved is seen with its changes); empty when the child is not in that census.
     */
    public Optional<CensusChild> childOnRecord(UUID personId, CensusPeriod period) {
        List<CensusChild> found = jdbc.query(CHILDREN_IN_SCOPE, parameters(period).addValue("person", personId),
                (row, n) -> child(1, row));
        return found.stream().findFirst();
    }

    /** Records that the year's census left OpenCSC as a file of {@code children} children. */
    public void audit(int year, long children) {
        events.publishEvent(new ExportPerformed("cin-census", Map.of("year", String.valueOf(year)), children));
    }

    /** How many children the year's census holds, for a progress bar's total. */
    @Transactional(readOnly = true)
    public long childrenInScope(int year) {
        CensusPeriod period = period(year);
        return jdbc.queryForObject("""
                select count(distinct person_id) from referral
                where referral_date <= :reference and (closure_date is null or closure_date >= :start)""",
                parameters(period), Long.class);
    }

    CensusHeader header(CensusPeriod period) {
        String release = Optional.ofNullable(CinCensusExport.class.getPackage().getImplementationVersion()).orElse("development");
        return new CensusHeader("CIN", String.valueOf(period.yearEnding()), period.referenceDate(), "L", laCode, SOFTWARE_CODE,
                release, SERIAL_NUMBER, LocalDateTime.now(clock));
    }

    private static MapSqlParameterSource parameters(CensusPeriod period) {
        return new MapSqlParameterSource().addValue("start", period.start()).addValue("reference", period.referenceDate())
                .addValue("person", null, Types.OTHER);
    }

    private static CensusChild child(int position, ResultSet row) throws SQLException {
        List<String> disabilities = strings(row.getArray("disabilities"));
        List<CinDetails> episodes = new ArrayList<>();
        for (JsonNode e : JSON.readTree(row.getString("episodes"))) {
            episodes.add(episode(e));
        }
        return new CensusChild(position, row.getString("local_id"), row.getString("upn"), null, row.getString("upn_unknown_reason"),
                date(row, "date_of_birth"), date(row, "expected_date_of_birth"), row.getString("sex"), date(row, "date_of_death"),
                row.getString("ethnicity"), disabilities.isEmpty() ? List.of("NONE") : disabilities, episodes);
    }

    private static CinDetails episode(JsonNode e) {
        List<CinDetails.CensusAssessment> assessments = new ArrayList<>();
        for (JsonNode a : e.get("assessments")) {
            List<String> factors = new ArrayList<>();
            if (a.get("factors") != null && !a.get("factors").isNull()) {
                a.get("factors").forEach(f -> factors.add(f.asString()));
            }
            assessments.add(new CinDetails.CensusAssessment(date(a, "start"), date(a, "review"), date(a, "authorised"), factors));
        }
        List<CinDetails.CinPlanDates> plans = new ArrayList<>();
        for (JsonNode p : e.get("cinPlans")) {
            plans.add(new CinDetails.CinPlanDates(date(p, "start"), date(p, "end")));
        }
        List<CinDetails.Section47> enquiries = new ArrayList<>();
        for (JsonNode s : e.get("section47s")) {
            enquiries.add(new CinDetails.Section47(date(s, "start"), date(s, "target"), date(s, "icpc"), s.get("notRequired").asBoolean()));
        }
        List<CinDetails.ProtectionPlan> protection = new ArrayList<>();
        for (JsonNode p : e.get("protectionPlans")) {
            List<LocalDate> reviews = new ArrayList<>();
            p.get("reviews").forEach(r -> reviews.add(LocalDate.parse(r.asString())));
            protection.add(new CinDetails.ProtectionPlan(date(p, "start"), date(p, "end"), text(p, "initial"), text(p, "latest"),
                    p.get("previous").asInt(), reviews));
        }
        // every conference on the record belongs to a section 47 enquiry, so its date goes in Section47 only: the
        // episode's own DateOfInitialCPC is for a conference without an enquiry, and both would break rule 2884
        return new CinDetails(date(e, "referral"), text(e, "source"), text(e, "need"), date(e, "closure"), text(e, "reason"),
                null, assessments, plans, enquiries, e.get("nfa").asBoolean(), protection);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }

    private static String resource(String name) {
        try (InputStream in = CinCensusExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The query " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
