package uk.opencsc.care;

import java.time.LocalDate;
import java.time.Month;

/**
 * The school term a day falls in, for "a PEP reviewed each term". Local authorities set their own term dates and
 * Easter moves, so the terms here are the calendar approximation virtual schools count PEPs by: autumn from 1
 * September to 31 December, spring from 1 January to 31 March, summer from 1 April to 31 August (the summer holiday
 * counts with the summer term: no PEP falls due in it).
 */
public record SchoolTerm(String name, LocalDate start, LocalDate end) {

    public static SchoolTerm of(LocalDate day) {
        int y = day.getYear();
        if (day.getMonthValue() >= Month.SEPTEMBER.getValue()) {
            return new SchoolTerm("Autumn term " + y, LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 31));
        }
        if (day.getMonthValue() <= Month.MARCH.getValue()) {
            return new SchoolTerm("Spring term " + y, LocalDate.of(y, 1, 1), LocalDate.of(y, 3, 31));
        }
        return new SchoolTerm("Summer term " + y, LocalDate.of(y, 4, 1), LocalDate.of(y, 8, 31));
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
