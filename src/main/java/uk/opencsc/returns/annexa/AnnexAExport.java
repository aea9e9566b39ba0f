package uk.opencsc.returns.annexa;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.adoption.AdoptionAccess;
import uk.opencsc.audit.ExportPerformed;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.audit.SearchPerformed;
import uk.opencsc.platform.web.NotPermittedException;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Ofsted's Annex A lists for a reference date, for the page (performance analysts, heads of service, inspectors and
 * administrators, each seeing the children their access admits) and for the {@code export annex-a} command (every
 * child). A list shown is audited as a search (which children were listed), a workbook made as an export.
 * <p>
 * Lists 10 and 11 come from the adoption records, restricted by default whatever the child's main record is
 * ({@code AdoptionRecordPolicy}): holding one of the {@link #READERS} roles does not open them. On the page and in a
 * download a reader sees a child's list 10 row only when the adoption module would show them that child's adoption
 * record (a member of an adoption team, for an unrestricted child, or a holder of a grant to the child) besides the
 * child being in their scope, and list 11 only as a member of an adoption team; the command, run on the server for
 * Ofsted, writes them whole. Every list 10 row shown or written is audited against the child as a view of their
 * adoption record, as the adoption pages audit one.
 */
@Service
class AnnexAExport {

    static final Set<Role> READERS = Set.of(Role.PERFORMANCE_ANALYST, Role.HEAD_OF_SERVICE, Role.INSPECTOR, Role.ADMINISTRATOR);

    /** What the audit log says was seen of the child when their adoption record is listed. */
    static final String ADOPTION_RECORD_LISTED = "adoption and permanence record, in Ofsted's Annex A list 10";

    private final AnnexARepository repository;
    private final RecordAccess access;
    private final AdoptionAccess adoptionAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnexAExport(AnnexARepository repository, RecordAccess access, AdoptionAccess adoptionAccess, ApplicationEventPublisher events,
                 Optional<Clock> clock) {
        this.repository = repository;
        this.access = access;
        this.adoptionAccess = adoptionAccess;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @throws NotPermittedException unless the signed-in user holds one of the {@link #READERS} roles and has not expired */
    SignedInUser reader() {
        return access.currentUser().filter(u -> READERS.contains(u.role()) && !u.expiredOn(today()))
                .orElseThrow(() -> new NotPermittedException("You may not see Ofsted's Annex A lists"));
    }

    /** One list as the signed-in reader may see it, narrowed to a team or worker when given; audited as a search. */
    @Transactional
    List<AnnexARow> show(AnnexAList list, LocalDate referenceDate, UUID teamId, UUID workerId) {
        reader();
        List<AnnexARow> rows = repository.rows(list, new AnnexAWindow(referenceDate), mine(teamId, workerId));
        auditAdoptionRecords(list, rows);
        events.publishEvent(new SearchPerformed("annex-a", terms(referenceDate, List.of(list), teamId, workerId), rows.size()));
        return rows;
    }

    /** The lists (all, or those given) as a workbook for the signed-in reader, written to {@code out}; audited as an export. */
    @Transactional
    int download(List<AnnexAList> lists, LocalDate referenceDate, UUID teamId, UUID workerId, OutputStream out) throws IOException {
        reader();
        return workbook(lists, new AnnexAWindow(referenceDate), mine(teamId, workerId), teamId, workerId, list -> { }, out)
                .values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every list for every child, restricted records too (run on the server by whoever runs the jar); audited as an export. */
    @Transactional
    Map<AnnexAList, Integer> exportForCommandLine(LocalDate referenceDate, OutputStream out, Consumer<AnnexAList> done) throws IOException {
        return workbook(List.of(AnnexAList.values()), new AnnexAWindow(referenceDate), AnnexARepository.Selection.everyChild(),
                null, null, done, out);
    }

    /** True when the signed-in reader's role reads no children's records (an administrator): their lists are empty. */
    boolean readsNoChildren() {
        return access.currentScope().isEmpty();
    }

    /** True when the signed-in reader sees lists 10 and 11 only as far as grants to children admit (not in an adoption team). */
    boolean adoptionRestricted() {
        return !adoptionAccess.readsAsAdoptionTeam();
    }

    List<AnnexARepository.Choice> teams() {
        return repository.teams();
    }

    List<AnnexARepository.Choice> workers(UUID teamId) {
        return repository.workers(teamId);
    }

    /** @return the rows written, by list */
    private Map<AnnexAList, Integer> workbook(List<AnnexAList> lists, AnnexAWindow window, AnnexARepository.Selection selection, UUID teamId, UUID workerId,
                         Consumer<AnnexAList> done, OutputStream out) throws IOException {
        Map<AnnexAList, List<AnnexARow>> read = read(lists, window, selection, done);
        AnnexAWorkbook.write(read, out);
        Map<AnnexAList, Integer> counts = new EnumMap<>(AnnexAList.class);
        read.forEach((list, rows) -> counts.put(list, rows.size()));
        events.publishEvent(new ExportPerformed("annex-a", terms(window.referenceDate(), lists, teamId, workerId),
                counts.values().stream().mapToInt(Integer::intValue).sum()));
        return counts;
    }

    private Map<AnnexAList, List<AnnexARow>> read(List<AnnexAList> lists, AnnexAWindow window, AnnexARepository.Selection selection,
                                                  Consumer<AnnexAList> done) {
        Map<AnnexAList, List<AnnexARow>> read = new EnumMap<>(AnnexAList.class);
        for (AnnexAList list : lists) {
            List<AnnexARow> rows = repository.rows(list, window, selection);
            auditAdoptionRecords(list, rows);
            read.put(list, rows);
            done.accept(list);
        }
        return read;
    }

    private AnnexARepository.Selection mine(UUID teamId, UUID workerId) {
        return new AnnexARepository.Selection(false, access.currentScope(), teamId, workerId, adoptionAccess.readsAsAdoptionTeam());
    }

    /** Each child on list 10 has had their restricted adoption record read: audited against them. */
    private void auditAdoptionRecords(AnnexAList list, List<AnnexARow> rows) {
        if (list == AnnexAList.LIST_10) {
            rows.stream().map(AnnexARow::personId).distinct()
                    .forEach(child -> events.publishEvent(new RecordViewed(child, ADOPTION_RECORD_LISTED)));
        }
    }

    private static Map<String, String> terms(LocalDate referenceDate, List<AnnexAList> lists, UUID teamId, UUID workerId) {
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("referenceDate", referenceDate.toString());
        terms.put("lists", String.join(",", lists.stream().map(l -> String.valueOf(l.number())).toList()));
        if (teamId != null) terms.put("team", teamId.toString());
        if (workerId != null) terms.put("worker", workerId.toString());
        return terms;
    }
}
