package uk.opencsc.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A looked after child's care planning as another system (or the synthetic authority) holds it, for
 * {@link CarePlanningBulkLoad}: permanence plans in the order agreed, the IRO's contacts and escalations, and family
 * time arrangements with their sessions. Each belongs to the child's period of care covering its date.
 */
public record HistoricCarePlanning(UUID personId, List<Plan> plans, List<Contact> iroContacts, List<Escalation> escalations,
                                   List<Arrangement> familyTime) {

    /** @param endedOn null while current; a primary plan replaced by the next primary ends the day that one is agreed */
    public record Plan(PermanencePlanKind kind, boolean primary, LocalDate agreedOn, LocalDate endedOn, PlanEndReason endReason) {
    }

    public record Contact(LocalDate date, IroContactMethod method, boolean seenAlone, String childsViews, String iro) {
    }

    /** @param resolvedOn null while open */
    public record Escalation(LocalDate raisedOn, Set<EscalationConcern> concerns, String issue, EscalationStage stage, String outcome,
                             LocalDate resolvedOn, String iro) {
    }

    public record Arrangement(String withWhom, FamilyTimeRelationship relationship, FamilyTimeFrequency frequency, boolean supervised,
                              String supervisedBy, LocalDate startDate, LocalDate endDate, List<FamilyTime.Session> sessions) {
    }
}
