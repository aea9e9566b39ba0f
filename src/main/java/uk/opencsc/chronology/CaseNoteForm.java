package uk.opencsc.chronology;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case-note form as typed, kept as entered so a rejected form (or a draft) shows it back.
 *
 * @param occurredTime the time as typed, "14:30" (24-hour clock; "1430" and "14.30" are read too)
 * @param childSeen    "yes" / "no" (visits)
 * @param seenAlone    "yes" / "no" (visits where the child was seen)
 * @param version      the version of the note the form was opened on (edit only)
 */
record CaseNoteForm(String type, DateInput occurredOn, String occurredTime, String subject, String text,
                    String childSeen, String seenAlone, String childsWords, String decision, String rationale, Integer version) {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})[:.]?(\\d{2})$");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static CaseNoteForm blank(CaseNoteType type) {
        return new CaseNoteForm(type == null ? null : type.name(), DateInput.empty(), "", "", "", null, null, "", "", "", null);
    }

    static CaseNoteForm of(CaseNote note) {
        CaseNoteDetails d = note.details();
        return new CaseNoteForm(d.type().name(), DateInput.of(d.occurredAt().toLocalDate()), HH_MM.format(d.occurredAt()),
                nz(d.subject()), nz(d.text()), yesNo(d.childSeen()), yesNo(d.seenAlone()), nz(d.childsWords()), nz(d.decision()),
                nz(d.rationale()), note.version());
    }

    /** The same typed values, opened on {@code newVersion}: after a conflict, saving again is a deliberate choice. */
    CaseNoteForm withVersion(int newVersion) {
        return new CaseNoteForm(type, occurredOn, occurredTime, subject, text, childSeen, seenAlone, childsWords, decision, rationale, newVersion);
    }

    /** Whether anything has been typed: an empty form is not worth keeping as a draft. */
    boolean isEmpty() {
        return blank(type) && (occurredOn == null || occurredOn.isBlank()) && blank(occurredTime) && blank(subject) && blank(text)
                && blank(childsWords) && blank(decision) && blank(rationale);
    }

    /**
     * The note, or null when the form cannot make one; each problem with what was typed is rejected on
     * {@code errors} against its field. The rules ({@link CaseNoteRules}) are checked after this.
     */
    CaseNoteDetails toDetails(Errors errors) {
        CaseNoteType noteType = null;
        if (blank(type)) {
            errors.rejectValue("type", "required", "Select the type of note");
        } else {
            try {
                noteType = CaseNoteType.of(type);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("type", "unknown", "Select the type of note from the list");
            }
        }
        LocalDate date = null;
        if (occurredOn == null || occurredOn.isBlank()) {
            errors.rejectValue("occurredOn", "required", "Enter the date it happened");
        } else {
            Optional<String> problem = occurredOn.problem();
            if (problem.isPresent()) {
                errors.rejectValue("occurredOn", "invalid", "Date it happened " + problem.get());
            } else {
                date = occurredOn.toDate().orElseThrow();
            }
        }
        LocalTime time = null;
        if (blank(occurredTime)) {
            errors.rejectValue("occurredTime", "required", "Enter the time it happened");
        } else {
            time = time(occurredTime).orElse(null);
            if (time == null) {
                errors.rejectValue("occurredTime", "invalid", "Time it happened must be a time on the 24-hour clock, like 14:30");
            }
        }
        Boolean seen = flag(childSeen, "childSeen", errors);
        Boolean alone = flag(seenAlone, "seenAlone", errors);
        if (noteType == null || date == null || time == null) {
            return null;
        }
        return new CaseNoteDetails(noteType, LocalDateTime.of(date, time), subject, text, seen, alone, childsWords, decision, rationale);
    }

    static Optional<LocalTime> time(String typed) {
        Matcher m = TIME.matcher(typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1)), minute = Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    private static Boolean flag(String value, String field, Errors errors) {
        if (blank(value)) {
            return null;
        }
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                errors.rejectValue(field, "invalid", "Select yes or no");
                yield null;
            }
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }
}
