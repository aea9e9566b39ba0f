package uk.opencsc.returns.annexa;

import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.protection.AbuseCategory;

import java.time.LocalDate;
import java.util.Map;

/**
 * How a value held in the record is written in an Annex A column, in the wording of Ofsted's template
 * ({@code Annex_A_2024_Jan.xlsx}): lettered answers ("a) Male", "k) APKN", "q) 6: Police", "b) No"), codes with their
 * names ("N1 - Abuse, neglect and exploitation"), dates as dates and counts as numbers. A value is null (a blank
 * cell) when the record holds none; an unknown code is an error, never a blank.
 */
enum OfstedFormat {
    TEXT, DATE, NUMBER,
    /** From the person's recorded sex: M, F or U (not known, which includes the unborn). */
    GENDER,
    ETHNICITY,
    /** A contact or referral source (CIN census codes 1A..10), as "q) 6: Police". */
    SOURCE,
    /** "Yes" / "No": the columns the template answers without letters (Referral NFA?, Child seen...). */
    YES_NO,
    /** "a) Yes" / "b) No": the columns the template answers with letters (seen alone, emergency protection). */
    LETTERED_YES_NO,
    /** "a) Yes" (a disability other than NONE recorded), "b) No" (NONE recorded), "c) Unknown" (nothing recorded). */
    DISABILITY,
    PRIMARY_NEED, CLOSURE_REASON, ABUSE_CATEGORY,
    /** List 6's case status at the reference date. */
    CASE_STATUS;

    private static final Map<String, String> GENDERS = Map.of("M", "a) Male", "F", "b) Female", "U", "c) Not stated/recorded");

    /** The template's letter and short name of each source (5D, added by the DfE in 2024, is the SSD's "p1"). */
    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("1A", "a) 1A: Individual"), Map.entry("1B", "b) 1B: Individual"), Map.entry("1C", "c) 1C: Individual"),
            Map.entry("1D", "d) 1D: Individual"), Map.entry("2A", "e) 2A: Schools"), Map.entry("2B", "f) 2B: Education services"),
            Map.entry("3A", "g) 3A: Health services"), Map.entry("3B", "h) 3B: Health services"), Map.entry("3C", "i) 3C: Health services"),
            Map.entry("3D", "j) 3D: Health services"), Map.entry("3E", "k) 3E: Health services"), Map.entry("3F", "l) 3F: Health services"),
            Map.entry("4", "m) 4: Housing"), Map.entry("5A", "n) 5A: LA services"), Map.entry("5B", "o) 5B: LA services"),
            Map.entry("5C", "p) 5C: LA services"), Map.entry("5D", "p1) 5D: LA services"), Map.entry("6", "q) 6: Police"),
            Map.entry("7", "r) 7: Other legal agency"), Map.entry("8", "s) 8: Other"), Map.entry("9", "t) 9: Anonymous"),
            Map.entry("10", "u) 10: Unknown"));

    private static final Map<String, String> CASE_STATUSES = Map.of("LOOKED_AFTER", "a) Looked after child", "CP_PLAN", "b) Child Protection plan",
            "CIN_PLAN", "c) Child in need plan", "OPEN_ASSESSMENT", "d) Open assessment", "CLOSED", "e) Closed episode");

    private static final Map<String, String> DISABILITIES = Map.of("YES", "a) Yes", "NO", "b) No");

    /**
     * @param stored the value as read from the record: a code (String), a date, a count or a yes/no; null for none
     * @return a String, a {@link LocalDate} or an Integer as the cell holds it; null for a blank cell, except that an
     *         unrecorded disability is "c) Unknown"
     * @throws IllegalArgumentException for a code the template has no wording for
     */
    Object write(Object stored) {
        if (stored == null) {
            return this == DISABILITY ? "c) Unknown" : null;
        }
        return switch (this) {
            case TEXT -> stored.toString();
            case DATE -> (LocalDate) stored;
            case NUMBER -> ((Number) stored).intValue();
            case GENDER -> known(GENDERS, stored);
            case ETHNICITY -> ethnicity(CodeList.fromCode(Ethnicity.class, "ethnicity", stored.toString()));
            case SOURCE -> known(SOURCES, stored);
            case YES_NO -> (Boolean) stored ? "Yes" : "No";
            case LETTERED_YES_NO -> (Boolean) stored ? "a) Yes" : "b) No";
            case DISABILITY -> known(DISABILITIES, stored);
            case PRIMARY_NEED -> named(CodeList.fromCode(PrimaryNeed.class, "primaryNeed", stored.toString()));
            case CLOSURE_REASON -> named(CodeList.fromCode(ReasonForClosure.class, "reasonForClosure", stored.toString()));
            case ABUSE_CATEGORY -> {
                AbuseCategory c = CodeList.fromCode(AbuseCategory.class, "category", stored.toString());
                yield (char) ('a' + c.ordinal()) + ") " + c.label();
            }
            case CASE_STATUS -> known(CASE_STATUSES, stored);
        };
    }

    /** The template letters the 18 census ethnicities a) to r) in the census's order, and both REFU and NOBT s). */
    private static String ethnicity(Ethnicity e) {
        char letter = e == Ethnicity.NOBT ? 's' : (char) ('a' + e.ordinal());
        return letter + ") " + e.code();
    }

    private static String named(CodeList c) {
        return c.code() + " - " + c.label();
    }

    private static String known(Map<String, String> wording, Object code) {
        String w = wording.get(code.toString());
        if (w == null) {
            throw new IllegalArgumentException("Annex A has no wording for the code " + code);
        }
        return w;
    }
}
