package uk.opencsc.chronology;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK pages write them ("3 March 2026 at 14:05"), in UK time; used by the templates as {@code fmt}. */
final class ChronologyFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public String dateTime(LocalDateTime t) {
        return DATE.format(t) + " at " + TIME.format(t);
    }

    public String dateTime(Instant i) {
        return dateTime(LocalDateTime.ofInstant(i, CaseNoteRepository.UK));
    }

    public String date(Instant i) {
        return DATE.format(LocalDateTime.ofInstant(i, CaseNoteRepository.UK));
    }

    public String time(Instant i) {
        return TIME.format(LocalDateTime.ofInstant(i, CaseNoteRepository.UK));
    }

    public String yesNo(Boolean b) {
        return b == null ? "" : b ? "Yes" : "No";
    }
}
