package uk.opencsc.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * England and Wales bank holidays for any year: the years gov.uk has published come from
 * {@value #RESOURCE} (so one-off and moved days are exactly as proclaimed), every other year is computed
 * from {@link BankHolidayRule}, and extra one-off days (a future proclamation) can be added. Immutable.
 */
public final class BankHolidays {

    static final String RESOURCE = "/calendar/bank-holidays-england-and-wales.txt";

    /**
     * One line of the published list.
     *
     * @param rule  the regular holiday this is, or empty for a one-off day
     * @param moved true when a proclamation moved the regular holiday away from its computed date that year
     */
    public record PublishedBankHoliday(BankHoliday holiday, Optional<BankHolidayRule> rule, boolean moved) {
    }

    private final Map<Integer, List<BankHoliday>> publishedByYear;
    private final Map<Integer, List<BankHoliday>> extraByYear;
    private final int firstPublishedYear;
    private final int lastPublishedYear;

    private BankHolidays(Map<Integer, List<BankHoliday>> publishedByYear, Map<Integer, List<BankHoliday>> extraByYear) {
        this.publishedByYear = publishedByYear;
        this.extraByYear = extraByYear;
        this.firstPublishedYear = publishedByYear.keySet().stream().min(Integer::compare).orElseThrow();
        this.lastPublishedYear = publishedByYear.keySet().stream().max(Integer::compare).orElseThrow();
    }

    /** The published list, then computed years, with no extra days. */
    public static BankHolidays englandAndWales() {
        Map<Integer, List<BankHoliday>> byYear = published().stream().map(PublishedBankHoliday::holiday)
                .collect(Collectors.groupingBy(h -> h.date().getYear(), TreeMap::new, Collectors.toList()));
        return new BankHolidays(byYear, Map.of());
    }

    /** These holidays with {@code extra} one-off days added (a day already a holiday is not added twice). */
    public BankHolidays with(Collection<BankHoliday> extra) {
        Map<Integer, List<BankHoliday>> merged = new TreeMap<>();
        extraByYear.forEach((year, days) -> merged.computeIfAbsent(year, y -> new ArrayList<>()).addAll(days));
        extra.forEach(day -> merged.computeIfAbsent(day.date().getYear(), y -> new ArrayList<>()).add(day));
        return new BankHolidays(publishedByYear, merged);
    }

    /** The holidays kept in {@code year}, in date order. */
    public List<BankHoliday> in(int year) {
        List<BankHoliday> days = new ArrayList<>(publishedByYear.getOrDefault(year, List.of()));
        if (days.isEmpty()) {
            Arrays.stream(BankHolidayRule.values()).map(rule -> rule.holidayIn(year)).forEach(days::add);
        }
        Set<LocalDate> seen = days.stream().map(BankHoliday::date).collect(Collectors.toCollection(HashSet::new));
        extraByYear.getOrDefault(year, List.of()).stream().filter(d -> seen.add(d.date())).forEach(days::add);
        days.sort(Comparator.naturalOrder());
        return List.copyOf(days);
    }

    public boolean contains(LocalDate date) {
        return in(date.getYear()).stream().anyMatch(h -> h.date().equals(date));
    }

    /** The first year taken from the published list; earlier years are computed, so lack one-off days. */
    public int firstPublishedYear() {
        return firstPublishedYear;
    }

    /** The last year taken from the published list; later years are computed. */
    public int lastPublishedYear() {
        return lastPublishedYear;
    }

    /**
     * Reads {@value #RESOURCE}.
     *
     * @throws IllegalStateException naming the line when the file is malformed
     */
    public static List<PublishedBankHoliday> published() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bank holiday list " + RESOURCE);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<PublishedBankHoliday> days = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                days.add(parse(line, number));
            }
            return List.copyOf(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PublishedBankHoliday parse(String line, int number) {
        String[] parts = line.split("\\|");
        if (parts.length != 3) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'date | rule | name', found: " + line);
        }
        try {
            LocalDate date = LocalDate.parse(parts[0].trim());
            String rule = parts[1].trim();
            String name = parts[2].trim();
            if (rule.equals("ONE_OFF")) {
                return new PublishedBankHoliday(new BankHoliday(date, name), Optional.empty(), false);
            }
            boolean moved = rule.endsWith(" moved");
            BankHolidayRule regular = BankHolidayRule.valueOf(moved ? rule.substring(0, rule.length() - " moved".length()) : rule);
            return new PublishedBankHoliday(new BankHoliday(date, name), Optional.of(regular), moved);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses extra one-off days as configured, each {@code yyyy-MM-dd=Name}.
     *
     * @throws IllegalArgumentException naming the entry that is not in that form
     */
    public static List<BankHoliday> parseExtra(Collection<String> entries) {
        List<BankHoliday> days = new ArrayList<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            try {
                if (eq < 0) {
                    throw new IllegalArgumentException("no '='");
                }
                days.add(new BankHoliday(LocalDate.parse(entry.substring(0, eq).trim()), entry.substring(eq + 1).trim()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("opencsc.calendar.extra-bank-holidays: '" + entry
                        + "' must be yyyy-MM-dd=Name, e.g. 2027-06-07=Bank holiday for ... (" + e.getMessage() + ")", e);
            }
        }
        return days;
    }
}
