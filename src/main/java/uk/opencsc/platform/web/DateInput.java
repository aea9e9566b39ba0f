package uk.opencsc.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as typed into GOV.UK's three-box date input. It keeps what was typed so a rejected form
 * shows it back; {@link #problem()} says what is wrong with it in words a form can show.
 *
 * @param day   as typed, may be blank
 * @param month as typed, may be blank
 * @param year  as typed, may be blank
 */
public record DateInput(String day, String month, String year) {

    public static DateInput of(LocalDate date) {
        return date == null ? empty() : new DateInput(
                String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    public static DateInput empty() {
        return new DateInput("", "", "");
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, if all three parts make a real date. */
    public Optional<LocalDate> toDate() {
        return problem().isPresent() || isBlank() ? Optional.empty()
                : Optional.of(LocalDate.of(number(year), number(month), number(day)));
    }

    /** Why the typed parts do not make a date, or empty if they do (or are all blank). */
    public Optional<String> problem() {
        if (isBlank()) {
            return Optional.empty();
        }
        if (blank(day)) return Optional.of("must include a day");
        if (blank(month)) return Optional.of("must include a month");
        if (blank(year)) return Optional.of("must include a year");
        Integer d = parse(day), m = parse(month), y = parse(year);
        if (d == null || m == null || y == null) {
            return Optional.of("must be a real date, written in numbers");
        }
        if (year.trim().length() != 4) {
            return Optional.of("must have a 4-digit year");
        }
        try {
            LocalDate.of(y, m, d);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("must be a real date");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int number(String s) {
        return Integer.parseInt(s.trim());
    }
}
