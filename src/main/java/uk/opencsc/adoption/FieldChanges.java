package uk.opencsc.adoption;

import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.platform.validation.CodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The audit's field-by-field difference between two versions of a value: codes as their code, others as text. */
final class FieldChanges {

    private FieldChanges() {
    }

    /** @param old null when the value is new (every field then has a null old value) */
    static <T> List<FieldChange> between(T old, T now, Map<String, Function<T, Object>> fields) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((name, get) -> {
            String before = old == null ? null : text(get.apply(old));
            String after = text(get.apply(now));
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(name, before, after));
            }
        });
        return changes;
    }

    /** A code list value's code, or null: for filling a form's select or radios from a stored value. */
    static String code(CodeList c) {
        return c == null ? null : c.code();
    }

    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof CodeList c) return c.code();
        return value.toString();
    }
}
