package uk.opencsc.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK pages write them ("3 March 2026", "14:05"), in UK time. */
final class PeopleFormats {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private PeopleFormats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(UK));
    }

    static String dateTime(Instant instant) {
        return DATE.format(instant.atZone(UK)) + " at " + TIME.format(instant.atZone(UK));
    }
}
