package uk.opencsc.platform.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and counts as GOV.UK pages write them ("3 March 2026 at 14:05", "1 working day"); templates use it as
 * {@code fmt}. Null dates are written as nothing.
 */
public final class PageFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE.format(t) + " at " + TIME.format(t);
    }

    public String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    public String days(int n) {
        return n == 1 ? "1 working day" : n + " working days";
    }
}
