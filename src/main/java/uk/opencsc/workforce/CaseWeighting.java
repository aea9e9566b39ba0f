package uk.opencsc.workforce;

import uk.opencsc.platform.validation.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each case type counts towards a worker's weighted caseload: the local authority's choice, not a national
 * figure (the defaults are a starting point, see docs/workforce.md).
 *
 * @param weights one weight for every case type, 0 to 10
 */
public record CaseWeighting(Map<CaseType, BigDecimal> weights) {

    static final BigDecimal MAX = BigDecimal.TEN;

    public CaseWeighting {
        weights = new EnumMap<>(weights);
        if (!problems(weights).isEmpty()) {
            throw new IllegalArgumentException(problems(weights).getFirst().message());
        }
    }

    /** Each missing or out-of-range weight, named as its form field ({@code weightChildProtection}). */
    public static List<FieldProblem> problems(Map<CaseType, BigDecimal> weights) {
        List<FieldProblem> problems = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            BigDecimal w = weights.get(type);
            if (w == null || w.signum() < 0 || w.compareTo(MAX) > 0 || w.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(field(type), "Weight for " + type.label().toLowerCase()
                        + " must be a number from 0 to 10 with at most two decimal places, like 1.5"));
            }
        }
        return problems;
    }

    /** The form field of a case type's weight: {@code weightChildProtection} for CHILD_PROTECTION. */
    static String field(CaseType type) {
        StringBuilder field = new StringBuilder("weight");
        for (String word : type.code().split("_")) {
            field.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return field.toString();
    }

    public BigDecimal weightOf(CaseType type) {
        return weights.get(type);
    }

    /** The weighted caseload of a worker holding children of these types (one entry per child). */
    public BigDecimal weighted(Collection<CaseType> children) {
        return children.stream().map(weights::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
