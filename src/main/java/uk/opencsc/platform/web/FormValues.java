package uk.opencsc.platform.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.validation.UnknownCodeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reading typed values off GOV.UK forms, each problem rejected against the field it came from. */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate requiredDate(DateInput input, String field, String label, Errors errors) {
        if (input == null || input.isBlank()) {
            errors.rejectValue(field, "required", "Enter the " + label.toLowerCase());
            return null;
        }
        // (not problem().map(...).orElseGet(...): a mapping to null is empty, which sent a 31 February on to toDate() and a 500)
        Optional<String> problem = input.problem();
        if (problem.isPresent()) {
            errors.rejectValue(field, "invalid", label + " " + problem.get());
            return null;
        }
        return input.toDate().orElseThrow();
    }

    /** A 24-hour time typed as 9:30, 09:30 or 0930. */
    public static LocalTime requiredTime(String typed, String field, String label, Errors errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "required", "Enter the " + label.toLowerCase());
            return null;
        }
        String t = typed.trim().replace('.', ':');
        if (t.matches("\\d{4}")) {
            t = t.substring(0, 2) + ":" + t.substring(2);
        }
        if (t.matches("\\d:\\d{2}")) {
            t = "0" + t;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "invalid", label + " must be a 24-hour time, like 14:30");
            return null;
        }
    }

    public static <E extends Enum<E> & CodeList> E requiredCode(Class<E> type, String code, String field, String whatToSelect, Errors errors) {
        if (code == null || code.isBlank()) {
            errors.rejectValue(field, "required", "Select " + whatToSelect);
            return null;
        }
        try {
            return CodeList.fromCode(type, field, code.trim());
        } catch (UnknownCodeException e) {
            errors.rejectValue(field, "unknown", e.getMessage());
            return null;
        }
    }

    public static <E extends Enum<E> & CodeList> E optionalCode(Class<E> type, String code, String field, Errors errors) {
        try {
            return CodeList.fromOptionalCode(type, field, code);
        } catch (UnknownCodeException e) {
            errors.rejectValue(field, "unknown", e.getMessage());
            return null;
        }
    }

    public static LocalDate optionalDate(DateInput input, String field, String label, Errors errors) {
        return input == null || input.isBlank() ? null : requiredDate(input, field, label, errors);
    }

    /** A yes/no radio: true for "yes"; an answer missing is rejected against the field. */
    public static boolean requiredYesNo(String typed, String field, String question, Errors errors) {
        if (!"yes".equals(typed) && !"no".equals(typed)) {
            errors.rejectValue(field, "required", "Select yes or no: " + question);
            return false;
        }
        return "yes".equals(typed);
    }

    /** Checkbox codes; an unknown code is rejected against the field. */
    public static <E extends Enum<E> & CodeList> Set<E> codes(Class<E> type, List<String> codes, String field, Errors errors) {
        Set<E> values = EnumSet.noneOf(type);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                values.add(CodeList.fromCode(type, field, code.trim()));
            } catch (UnknownCodeException e) {
                errors.rejectValue(field, "unknown", e.getMessage());
            }
        }
        return values;
    }

    public static String format(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /**
     * Each problem a rule found, shown against its field; a problem about something the form has no input
     * for (a record's state, who is authorising) goes in the error summary alone.
     */
    public static void reject(List<FieldProblem> problems, Errors errors) {
        for (FieldProblem p : problems) {
            try {
                errors.rejectValue(p.field(), "refused", p.message());
            } catch (NotReadablePropertyException e) {
                errors.reject("refused." + p.field(), p.message());
            }
        }
    }

    /**
     * Someone else saved first: the form is shown again with what the user typed and a message at the top.
     *
     * @param page where the user can see the other person's change, e.g. "front door page"
     */
    public static void changedMeanwhile(ChangedMeanwhileException e, String page, Errors errors) {
        errors.reject("changed", "This was changed by " + e.changedBy() + " at "
                + DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(Formats.UK).format(e.changedAt())
                + " since you opened it. Your changes have not been saved. Check the " + page + " in another tab, "
                + "then save again if this is still right.");
    }

    /** Runs a change the module's rules may refuse; each problem is rejected against its field. */
    public static void refusable(Errors errors, Runnable change) {
        try {
            change.run();
        } catch (RefusedException e) {
            reject(e.problems(), errors);
        }
    }

    /**
     * The form page shown again after a conflict: the page's model holds the typed values with the current version,
     * and {@code errors} (with the conflict message) is bound to it.
     */
    public static String conflictPage(String page, BindingResult errors, Model model) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return page;
    }

    /** A form posted without its version (tampered or truncated) can only conflict, never overwrite. */
    public static int version(Integer version) {
        return version == null ? -1 : version;
    }
}
