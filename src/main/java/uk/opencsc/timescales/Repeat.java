package uk.opencsc.timescales;

import java.util.Objects;

/**
 * One interval of a repeating duty: when {@code when} holds on the date of the previous occurrence, the
 * next is due {@code every} after it.
 */
public record Repeat(Condition when, TimeLimit every) {

    public Repeat {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(every, "every");
    }
}
