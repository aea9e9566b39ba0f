package uk.opencsc.timescales.adapters;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.timescales.LocalSetting;
import uk.opencsc.timescales.TimeLimit;
import uk.opencsc.timescales.TimescaleRule;

import java.time.LocalDate;

/**
 * A change to a changeable rule as typed: the first limit, the repeat interval (for a repeating duty) and the
 * day it takes effect; the units stay those of the catalogue.
 *
 * @param version the rule's setting version the form was read at (optimistic locking)
 */
record LocalSettingForm(String first, String repeat, DateInput effectiveFrom, Integer version) {

    static final int MOST = 365;

    static LocalSettingForm of(TimescaleRule current, int version) {
        return new LocalSettingForm(String.valueOf(current.first().amount()),
                current.repeats() ? String.valueOf(current.usualRepeat().amount()) : "", DateInput.empty(), version);
    }

    /** Checks every field, naming each that is wrong, and returns the setting when all are right. */
    LocalSetting toSetting(TimescaleRule rule, LocalDate today, Errors errors) {
        Integer firstAmount = amount(first, "first", errors);
        Integer repeatAmount = rule.repeats() ? amount(repeat, "repeat", errors) : null;
        LocalDate from = null;
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            errors.rejectValue("effectiveFrom", "timescales.setting.effectiveFrom.required");
        } else if (effectiveFrom.problem().isPresent()) {
            errors.rejectValue("effectiveFrom", "timescales.setting.effectiveFrom.invalid",
                    new Object[]{effectiveFrom.problem().get()}, null);
        } else {
            from = effectiveFrom.toDate().orElseThrow();
            if (from.isBefore(today)) {
                errors.rejectValue("effectiveFrom", "timescales.setting.effectiveFrom.past");
            }
        }
        if (version == null) {
            errors.reject("timescales.setting.version.missing");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new LocalSetting(rule.id(), from, TimeLimit.of(firstAmount, rule.first().unit()),
                repeatAmount == null ? null : TimeLimit.of(repeatAmount, rule.usualRepeat().unit()));
    }

    private static Integer amount(String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "timescales.setting." + field + ".required");
            return null;
        }
        try {
            int n = Integer.parseInt(typed.trim());
            if (n >= 1 && n <= MOST) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message as an out-of-range number
        }
        errors.rejectValue(field, "timescales.setting." + field + ".invalid", new Object[]{MOST}, null);
        return null;
    }
}
