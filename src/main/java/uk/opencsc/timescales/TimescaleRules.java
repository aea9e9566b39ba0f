package uk.opencsc.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue with the local authority's settings applied: which version of a rule governs an obligation
 * that started on a given day. Immutable; build a new one when a setting changes.
 */
public final class TimescaleRules {

    private final RuleCatalogue catalogue;
    /** Per rule, its local versions, latest effective date first. */
    private final Map<RuleId, List<Version>> local;

    private record Version(LocalDate effectiveFrom, TimescaleRule rule) {
    }

    private TimescaleRules(RuleCatalogue catalogue, Map<RuleId, List<Version>> local) {
        this.catalogue = catalogue;
        this.local = local;
    }

    public static TimescaleRules of(RuleCatalogue catalogue) {
        return new TimescaleRules(catalogue, Map.of());
    }

    /**
     * The catalogue with these settings; of two settings with the same effective date the later in the
     * collection wins.
     *
     * @throws IllegalArgumentException when a setting is for a rule that is not changeable or not known
     */
    public static TimescaleRules of(RuleCatalogue catalogue, Collection<LocalSetting> settings) {
        Map<RuleId, List<Version>> local = new HashMap<>();
        for (LocalSetting setting : settings) {
            TimescaleRule rule = catalogue.get(setting.rule()).withLocalLimits(setting.first(), setting.repeat());
            List<Version> versions = local.computeIfAbsent(setting.rule(), id -> new ArrayList<>());
            versions.removeIf(v -> v.effectiveFrom().equals(setting.effectiveFrom()));
            versions.add(new Version(setting.effectiveFrom(), rule));
        }
        local.values().forEach(v -> v.sort(Comparator.comparing(Version::effectiveFrom).reversed()));
        return new TimescaleRules(catalogue, Map.copyOf(local));
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The rules in catalogue order, as they stand for obligations starting on {@code date}. */
    public List<TimescaleRule> asOf(LocalDate date) {
        return catalogue.rules().stream().map(r -> ruleFor(r, date)).toList();
    }

    /** The version of {@code rule} that governs an obligation started on {@code started}. */
    public TimescaleRule ruleFor(TimescaleRule rule, LocalDate started) {
        List<Version> versions = local.get(rule.id());
        if (versions != null) {
            for (Version version : versions) {
                if (!started.isBefore(version.effectiveFrom())) {
                    return version.rule();
                }
            }
        }
        return rule;
    }

    public TimescaleRule ruleFor(RuleId id, LocalDate started) {
        return ruleFor(catalogue.get(id), started);
    }
}
