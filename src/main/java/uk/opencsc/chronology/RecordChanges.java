package uk.opencsc.chronology;

import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which changes to the child's record belong in the chronology, and the line that describes each.
 * Only the child's record itself (person, address, relationship) is read here; other subjects are
 * either someone else's business (teams, users) or publish a {@link SignificantEvent} of their own.
 */
public final class RecordChanges {

    /** Long values are cut so a summary stays one line. */
    static final int MAX_VALUE_LENGTH = 60;

    private RecordChanges() {
    }

    /** What the chronology shows for the change, or empty when it does not belong there. */
    public record Entry(ChronologyKind kind, String summary) {
    }

    public static Optional<Entry> entryFor(RecordChanged change) {
        if (change.personId() == null || change.changes().isEmpty()) {
            return Optional.empty();
        }
        boolean created = change.changes().stream().allMatch(c -> c.oldValue() == null);
        return switch (change.subject()) {
            case "person" -> Optional.of(created
                    ? new Entry(ChronologyKind.CHILDS_RECORD, "Record created" + value(change.changes(), "localId").map(id -> " (" + id + ")").orElse(""))
                    : new Entry(ChronologyKind.CHILDS_RECORD, "Details changed: " + describe(change.changes())));
            case "address" -> Optional.of(isEnding(change.changes())
                    ? new Entry(ChronologyKind.ADDRESS, "Address ended: " + describe(change.changes()))
                    : new Entry(ChronologyKind.ADDRESS, "Address recorded: " + address(change.changes())));
            case "relationship" -> Optional.of(isEnding(change.changes())
                    ? new Entry(ChronologyKind.FAMILY, "Relationship ended: " + describe(change.changes()))
                    : new Entry(ChronologyKind.FAMILY, "Relationship recorded: " + describe(change.changes())));
            default -> Optional.empty();
        };
    }

    private static boolean isEnding(List<FieldChange> changes) {
        return changes.size() == 1 && changes.getFirst().field().equals("endDate");
    }

    private static Optional<String> value(List<FieldChange> changes, String field) {
        return changes.stream().filter(c -> c.field().equals(field)).map(FieldChange::newValue).findFirst();
    }

    private static String address(List<FieldChange> changes) {
        return changes.stream().filter(c -> c.newValue() != null && !c.newValue().isBlank())
                .map(c -> c.field().toLowerCase().contains("date") ? words(c.field()) + " " + c.newValue() : c.newValue())
                .map(RecordChanges::cut)
                .collect(Collectors.joining(", "));
    }

    /** "first name: Adaeze → Ada; religion: Christian → Muslim". */
    static String describe(List<FieldChange> changes) {
        return changes.stream().map(c -> words(c.field()) + ": "
                        + (c.oldValue() == null ? cut(String.valueOf(c.newValue())) : cut(c.oldValue()) + " → " + cut(String.valueOf(c.newValue()))))
                .collect(Collectors.joining("; "));
    }

    /** "dateOfBirth" reads "date of birth". */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String cut(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
