package uk.opencsc.timescales;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A local authority's own value for a changeable rule, for obligations that start on or after
 * {@code effectiveFrom}; obligations already started keep the value they started with.
 *
 * @param repeat the interval between occurrences for a repeating duty, null for one that does not repeat
 */
public record LocalSetting(RuleId rule, LocalDate effectiveFrom, TimeLimit first, TimeLimit repeat) {

    public LocalSetting {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(first, "first");
    }
}
