package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.InvalidValueException;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads past supervisions in bulk (the demo, a migration from another system) with COPY. Like the other bulk loads it
 * publishes one audit change for the whole load, and puts each child's discussion on their chronology through
 * {@link ChronologyBulkLoad} with the line a supervision recorded on the page makes.
 */
@Service
public class SupervisionBulkLoad {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ChronologyBulkLoad chronology;
    private final ApplicationEventPublisher events;

    SupervisionBulkLoad(DataSource dataSource, JdbcClient jdbc, ChronologyBulkLoad chronology, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.events = events;
    }

    public record HistoricDiscussion(UUID personId, String discussion, String decisions) {
    }

    public record HistoricSupervision(UUID workerUserId, UUID supervisorUserId, LocalDate heldOn, List<HistoricDiscussion> discussions) {
    }

    /**
     * @throws InvalidValueException naming the row when a supervision is in the future, by the worker themself, or a
     *                               discussion lacks its note or decisions; nothing is loaded
     */
    @Transactional
    public int load(List<HistoricSupervision> supervisions, LocalDate today) {
        String actor = CaseloadRecords.actor();
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from app_user").query(rs -> {
            names.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        List<SignificantEvent> entries = new ArrayList<>();
        CopyRows rows = new CopyRows("supervision (id, worker_user_id, supervisor_user_id, held_on, created_by)");
        CopyRows discussions = new CopyRows("supervision_discussion (id, supervision_id, person_id, held_on, discussion, decisions)");
        for (int i = 0; i < supervisions.size(); i++) {
            HistoricSupervision s = supervisions.get(i);
            String where = "Supervision " + (i + 1) + " (worker " + s.workerUserId() + "): ";
            if (s.heldOn().isAfter(today)) {
                throw new InvalidValueException("heldOn", where + "Date of the supervision must be today or in the past");
            }
            if (s.workerUserId().equals(s.supervisorUserId())) {
                throw new InvalidValueException("supervisor", where + "A manager cannot record their own supervision");
            }
            UUID id = UUID.randomUUID();
            rows.add(id, s.workerUserId(), s.supervisorUserId(), s.heldOn(), actor);
            for (HistoricDiscussion d : s.discussions()) {
                if (d.discussion() == null || d.discussion().isBlank() || d.decisions() == null || d.decisions().isBlank()) {
                    throw new InvalidValueException("decisions", where + "each child discussed needs the discussion and the decisions");
                }
                UUID discussionId = UUID.randomUUID();
                discussions.add(discussionId, id, d.personId(), s.heldOn(), d.discussion(), d.decisions());
                entries.add(SupervisionRecords.chronologyEntry(discussionId, d.personId(),
                        SignificantEvent.startOf(s.heldOn()), names.get(s.workerUserId()),
                        names.get(s.supervisorUserId()), d.decisions()));
            }
        }
        CopyRows.copyAll(dataSource, "the supervision load", rows, discussions);
        chronology.load(entries);
        events.publishEvent(new RecordChanged("supervision-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("supervisions", null, String.valueOf(rows.count())),
                new FieldChange("discussions", null, String.valueOf(discussions.count())))));
        return rows.count();
    }
}
