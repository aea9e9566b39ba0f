package uk.opencsc.timescales;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of timescale rules as published with OpenCSC, read from {@value #RESOURCE}. A malformed
 * entry stops the application with a message naming the entry and the field.
 */
public final class RuleCatalogue {

    static final String RESOURCE = "/timescales/rules.yaml";

    private final Map<RuleId, TimescaleRule> rules;
    private final List<TimescaleRule> ordered;

    private RuleCatalogue(List<TimescaleRule> rules) {
        Map<RuleId, TimescaleRule> byId = new LinkedHashMap<>();
        for (TimescaleRule rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("Two timescale rules have the id " + rule.id());
            }
        }
        this.rules = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    /** The catalogue shipped in {@value #RESOURCE}. */
    public static RuleCatalogue standard() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing timescale catalogue " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleCatalogue parse(InputStream yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(document instanceof List<?> entries)) {
            throw new IllegalStateException(RESOURCE + ": expected a list of rules");
        }
        List<TimescaleRule> rules = new ArrayList<>();
        int index = 0;
        for (Object entry : entries) {
            index++;
            if (!(entry instanceof Map<?, ?> map)) {
                throw new IllegalStateException(RESOURCE + " entry " + index + ": expected a rule with id, name, starts...");
            }
            String where = RESOURCE + " entry " + index + " (" + map.get("id") + ")";
            try {
                rules.add(rule(map));
            } catch (RuntimeException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return new RuleCatalogue(rules);
    }

    private static TimescaleRule rule(Map<?, ?> map) {
        return new TimescaleRule(
                RuleId.of(text(map, "id")),
                text(map, "name"),
                EventType.valueOf(text(map, "starts")),
                map.containsKey("onRepeatStart") ? StartPolicy.valueOf(text(map, "onRepeatStart")) : StartPolicy.RESTART,
                events(map, "satisfiedBy"),
                events(map, "endedBy"),
                limit(field(map, "first", Map.class), "first"),
                flag(map, "countsStartDay"),
                repeats(map),
                Basis.valueOf(text(map, "basis")),
                text(map, "citation"),
                flag(map, "verified"),
                flag(map, "changeable"));
    }

    private static List<Repeat> repeats(Map<?, ?> map) {
        if (!map.containsKey("then")) {
            return List.of();
        }
        List<Repeat> repeats = new ArrayList<>();
        for (Object item : field(map, "then", List.class)) {
            if (!(item instanceof Map<?, ?> step)) {
                throw new IllegalArgumentException("then: each entry needs when, amount and unit");
            }
            repeats.add(new Repeat(Condition.valueOf(text(step, "when")), limit(step, "then")));
        }
        return repeats;
    }

    private static TimeLimit limit(Map<?, ?> map, String field) {
        Object amount = map.get("amount");
        if (!(amount instanceof Integer n)) {
            throw new IllegalArgumentException(field + ".amount must be a whole number, was " + amount);
        }
        return TimeLimit.of(n, PeriodUnit.valueOf(text(map, "unit")));
    }

    private static Set<EventType> events(Map<?, ?> map, String field) {
        if (!map.containsKey(field)) {
            return Set.of();
        }
        return ((List<?>) field(map, field, List.class)).stream().map(o -> EventType.valueOf(String.valueOf(o)))
                .collect(Collectors.toSet());
    }

    private static boolean flag(Map<?, ?> map, String field) {
        Object value = map.get(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw new IllegalArgumentException(field + " must be true or false, was " + value);
        }
        return b;
    }

    private static String text(Map<?, ?> map, String field) {
        Object value = map.get(field);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return String.valueOf(value).trim();
    }

    private static <T> T field(Map<?, ?> map, String field, Class<T> type) {
        Object value = map.get(field);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(field + " is required (" + type.getSimpleName().toLowerCase() + ")");
        }
        return type.cast(value);
    }

    /** Every rule, in catalogue order. */
    public List<TimescaleRule> rules() {
        return ordered;
    }

    public Optional<TimescaleRule> find(RuleId id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** @throws IllegalArgumentException naming the id when the catalogue has no such rule */
    public TimescaleRule get(RuleId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No timescale rule " + id));
    }
}
