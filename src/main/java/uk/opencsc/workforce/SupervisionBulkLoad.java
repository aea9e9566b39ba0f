package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.InvalidValueException;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Loads past supervisions in bulk (the demo, a migration from another system) with COPY. Like the other bulk loads it
 * publishes one audit change for the whole load and no chronology lines: the chronology has no bulk load to take them.
 */
@Service
public class SupervisionBulkLoad {

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;

    SupervisionBulkLoad(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
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
                discussions.add(UUID.randomUUID(), id, d.personId(), s.heldOn(), d.discussion(), d.decisions());
            }
        }
        CopyRows.copyAll(dataSource, "the supervision load", rows, discussions);
        events.publishEvent(new RecordChanged("supervision-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("supervisions", null, String.valueOf(rows.count())),
                new FieldChange("discussions", null, String.valueOf(discussions.count())))));
        return rows.count();
    }
}
