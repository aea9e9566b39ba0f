package uk.opencsc.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and answers as GOV.UK pages write them ("3 March 2026", "3 March 2026 at 14:05", "Yes"), in UK time.
 * Every page has it as {@code fmt} (see {@link LayoutModel}).
 */
public final class Formats {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String date(Instant i) {
        return i == null ? "" : DATE.format(i.atZone(UK));
    }

    public String time(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(UK));
    }

    public String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE.format(t) + " at " + TIME.format(t);
    }

    public String dateTime(Instant i) {
        return i == null ? "" : dateTime(LocalDateTime.ofInstant(i, UK));
    }

    public String yesNo(Boolean b) {
        return b == null ? "" : b ? "Yes" : "No";
    }

    /** A decimal as written, without trailing zeros: 1.0 is "1", 0.50 is "0.5". */
    public String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** "1 working day", "3 working days". */
    public String days(int n) {
        return workingDays(n);
    }

    /** {@link #days} for Java code that builds text for a page. */
    public static String workingDays(int n) {
        return n == 1 ? "1 working day" : n + " working days";
    }
}
