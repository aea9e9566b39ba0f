package uk.opencsc.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting helpers for the workforce templates. */
final class WorkforceFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String days(int n) {
        return n == 1 ? "1 working day" : n + " working days";
    }

    public String fte(BigDecimal fte) {
        return fte == null ? "" : fte.stripTrailingZeros().toPlainString();
    }
}
