package uk.opencsc.returns.annexa;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.access.ReadScope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the Annex A lists from the journey modules' tables: one set-based query per list (its {@code list-N-*.sql}
 * inside {@code annex-a-frame.sql}, which adds the child's columns and allocation), never a query per child.
 */
@Repository
class AnnexARepository {

    /**
     * Columns the frame selects before the list's own: person, team, worker, the child's five, disability, team,
     * worker and personal adviser names, listed.person_id, listed_on.
     */
    private static final int OWN_COLUMNS_FROM = 15;

    private final JdbcClient jdbc;
    private final Map<AnnexAList, String> sql = new EnumMap<>(AnnexAList.class);

    AnnexARepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        String frame = resource("annex-a-frame.sql");
        for (AnnexAList list : AnnexAList.values()) {
            sql.put(list, list.framed() ? frame.replace("/*list*/", resource(list.sql())) : resource(list.sql()));
        }
    }

    /**
     * Which children's rows to read.
     *
     * @param everyone every child, restricted records too (the command run on the server); otherwise {@code scope}
     * @param teamId   only children allocated to (or, unallocated, the responsibility of) this team; null for all
     * @param workerId only children allocated to this worker; null for all
     * @param adoptionTeam the reader is a member of an adoption team, so reads unrestricted children's adoption records
     *                 and the prospective adopters (lists 10 and 11; {@code AdoptionRecordPolicy})
     */
    record Selection(boolean everyone, ReadScope scope, UUID teamId, UUID workerId, boolean adoptionTeam) {

        /** Every child, restricted records and adoption records too: the command run on the server. */
        static Selection everyChild() {
            return new Selection(true, null, null, null, true);
        }
    }

    List<AnnexARow> rows(AnnexAList list, AnnexAWindow window, Selection selection) {
        ReadScope scope = selection.scope() == null ? ReadScope.nothing() : selection.scope();
        return jdbc.sql(sql.get(list))
                .param("ref", window.referenceDate())
                .param("six", window.sixMonthsFrom())
                .param("everyone", selection.everyone())
                .param("allTeams", scope.all())
                .param("scopeTeams", scope.teamIds().toArray(UUID[]::new))
                .param("granted", scope.grantedRestricted().toArray(UUID[]::new))
                .param("teamFilter", selection.teamId() == null ? new UUID[0] : new UUID[]{selection.teamId()})
                .param("workerFilter", selection.workerId() == null ? new UUID[0] : new UUID[]{selection.workerId()})
                .param("adoptionTeam", selection.adoptionTeam())
                .query((rs, n) -> row(list, rs))
                .list();
    }

    private static AnnexARow row(AnnexAList list, ResultSet rs) throws SQLException {
        List<Object> cells = new ArrayList<>(list.columns().size());
        int column = list.framed() ? OWN_COLUMNS_FROM : 1;
        for (AnnexAList.Column c : list.columns()) {
            Object stored;
            if (c.frame() != null) {
                stored = c.format() == OfstedFormat.DATE ? rs.getObject(c.frame(), LocalDate.class) : rs.getObject(c.frame());
            } else {
                stored = c.format() == OfstedFormat.DATE ? rs.getObject(column, LocalDate.class) : rs.getObject(column);
                column++;
            }
            cells.add(c.format().write(stored));
        }
        if (!list.framed()) {
            return new AnnexARow(null, null, null, cells);
        }
        return new AnnexARow(rs.getObject("person_id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("worker_user_id", UUID.class), cells);
    }

    /** A team or worker to filter by, as the page offers them. */
    record Choice(UUID id, String name) {
    }

    List<Choice> teams() {
        return jdbc.sql("select id, name from team order by name").query((rs, n) -> new Choice(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** Workers who hold children's cases: those of {@code teamId} when given, else all; by name. */
    List<Choice> workers(UUID teamId) {
        return jdbc.sql("""
                        select id, display_name from app_user
                        where role in ('SOCIAL_WORKER', 'PERSONAL_ADVISER', 'TEAM_MANAGER')
                          and (cardinality(cast(:team as uuid[])) = 0 or team_id = any(:team))
                        order by display_name, username""")
                .param("team", teamId == null ? new UUID[0] : new UUID[]{teamId})
                .query((rs, n) -> new Choice(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    private static String resource(String name) {
        try {
            return new ClassPathResource(name, AnnexARepository.class).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
