package uk.opencsc.platform.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A code-list enum: the code stored and exchanged (CIN census, SSD) and the label a user reads.
 * The select, radios and checkboxes fragments read {@code code} and {@code label} from these.
 */
public interface CodeList {

    String code();

    String label();

    /**
     * @param field names the field in the error when the code is unknown
     * @throws UnknownCodeException when {@code code} is not one of {@code type}'s codes
     */
    /**
     * An unchangeable copy of {@code values} that iterates in the code list's order, so pages and exports list them
     * the same way every time ({@link Set#copyOf} iterates in an order that changes from run to run).
     */
    static <E extends Enum<E>> Set<E> inListOrder(Class<E> type, Collection<E> values) {
        return Collections.unmodifiableSet(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }

    static <E extends Enum<E> & CodeList> E fromCode(Class<E> type, String field, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new UnknownCodeException(field, code, type.getSimpleName()));
    }

    /** Null for a null or blank code (an optional field left empty); otherwise as {@link #fromCode}. */
    static <E extends Enum<E> & CodeList> E fromOptionalCode(Class<E> type, String field, String code) {
        return code == null || code.isBlank() ? null : fromCode(type, field, code.trim());
    }
}
