package uk.opencsc.timescales;

/**
 * A timescale rule's id in the catalogue, e.g. {@code initial-child-protection-conference}.
 *
 * @param value lower-case words joined by hyphens
 */
public record RuleId(String value) {

    public RuleId {
        if (value == null || !value.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A rule id is lower-case words joined by hyphens, was '" + value + "'");
        }
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
