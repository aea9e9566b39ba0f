package uk.opencsc.returns.annexa;

import uk.opencsc.care.PlacementType;
import uk.opencsc.care.PermanencePlanKind;
import uk.opencsc.care.ReasonEpisodeCeased;
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
    CASE_STATUS,
    /** List 8: the SSDA903 legal status as "C1: ICO". */
    LEGAL_STATUS,
    /** List 8: the SSDA903 reason ceased, lettered: "a) E11: Adopted - application unopposed". */
    REASON_CEASED,
    /** List 8: the SSDA903 placement type, lettered: "p) K2: Children's Homes". */
    PLACEMENT_TYPE,
    /** List 8: the SSDA903 placement provider, lettered: "b) PR1: Own provision". */
    PLACEMENT_PROVIDER,
    /** List 8: the child's primary permanence plan, lettered as the template: "b) Adoption". */
    PERMANENCE_PLAN,
    /** List 9: the care leaver's category. */
    ELIGIBILITY,
    /** List 9: in touch (SSDA903 OC3 IN_TOUCH), lettered. */
    IN_TOUCH,
    /** List 9: the accommodation letter with its name: "B: Parents/relatives". */
    ACCOMMODATION,
    /** List 9: suitable or not. */
    SUITABILITY,
    /** List 9: the activity code with its name: "F1: Full time in higher education". */
    ACTIVITY,
    /** List 10: why the child should no longer be placed for adoption: "RD1 - ...". */
    REVERSAL_REASON,
    /** List 11: why the adopters left the process: "1 - Adopter withdrew from process". */
    ADOPTER_LEFT;

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

    // Lists 8 to 11 in the wording of the Ofsted template as liia-tools' data-map.yml records it
    private static final Map<String, String> LEGAL_STATUSES = Map.ofEntries(
            Map.entry("C1", "C1: ICO"), Map.entry("C2", "C2: FCO"), Map.entry("D1", "D1: Freeing order"),
            Map.entry("E1", "E1: Placement order"), Map.entry("V2", "V2: Single period under S20"),
            Map.entry("V3", "V3: Short term breaks, episodes recorded"), Map.entry("V4", "V4: Short term breaks, agreements recorded"),
            Map.entry("L1", "L1: Police protection LA accommodation"), Map.entry("L2", "L2: EPO"),
            Map.entry("L3", "L3: Child assessment order LA accommodation"), Map.entry("J1", "J1: Remanded to LA or youth detention"),
            Map.entry("J2", "J2: LA accommodation under PACE"), Map.entry("J3", "J3: Youth rehabilitation order"));

    private static final Map<String, String> REASONS_CEASED = Map.ofEntries(
            Map.entry("E11", "a) E11: Adopted - application unopposed"), Map.entry("E12", "b) E12: Adopted - consent dispensed"),
            Map.entry("E2", "c) E2: Died"), Map.entry("E3", "d) E3: Care taken by another LA"),
            Map.entry("E4A", "e) E4A: Returned home to live with parents or relatives - part of planning"),
            Map.entry("E4B", "f) E4B: Returned home to live with parents or relatives - not part of planning"),
            Map.entry("E13", "g) E13: Parents, relatives or other with no parental responsibility"),
            Map.entry("E41", "h) E41: Residence order granted"),
            Map.entry("E45", "i) E45: Special Guardianship Orders - former carer relative/friend"),
            Map.entry("E46", "j) E46: Special Guardianship Orders - former carer other"),
            Map.entry("E47", "k) E47: Special Guardianship Orders - relative/friend"),
            Map.entry("E48", "l) E48: Special Guardianship Orders - other"),
            Map.entry("E5", "m) E5: Moved into independent living - supported"), Map.entry("E6", "n) E6: Moved into independent living - no support"),
            Map.entry("E7", "o) E7: Transferred to residential care funded by adult social services"),
            Map.entry("E9", "p) E9: Sentenced to custody"), Map.entry("E14", "q) E14: Accommodation on remand ended"),
            Map.entry("E15", "r) E15: Age assessment determined child was 18 or over"), Map.entry("E16", "s) E16: Child moved abroad"),
            Map.entry("E8", "t) E8: Care ceased for any other reason"), Map.entry("X1", "u) X1: CodeError"),
            Map.entry("E17", "v) E17: Aged 18+ and remained with current carers"));

    private static final Map<String, String> PLACEMENT_TYPES = Map.ofEntries(
            Map.entry("U1", "a) U1: Foster placement - relatives - long term"), Map.entry("U2", "b) U2: Foster placement - relative - FFA"),
            Map.entry("U3", "c) U3: Foster placement - relative - not FFA"), Map.entry("U4", "d) U4: Foster placement - long term"),
            Map.entry("U5", "e) U5: Foster placement - FFA"), Map.entry("U6", "f) U6: Foster placement - not FFA"),
            Map.entry("A3", "g) A3: Placed for adoption - consent - current foster"),
            Map.entry("A4", "h) A4: Placed for adoption - consent - not foster"),
            Map.entry("A5", "i) A5: Placed for adoption - order - foster"), Map.entry("A6", "j) A6: Placed for adoption - order - not foster"),
            Map.entry("P1", "k) P1: Placed with parents"), Map.entry("P2", "l) P2: Independent living"),
            Map.entry("P3", "m) P3: Residential employment"), Map.entry("H5", "n) H5: Residential accommodation"),
            Map.entry("K1", "o) K1: Secure Children's Homes"), Map.entry("K2", "p) K2: Children's Homes"),
            Map.entry("R1", "q) R1: Residential Care Home"), Map.entry("R2", "r) R2: NHS/Health Trust"),
            Map.entry("R3", "s) R3: Family Centre or Mother and Baby Unit"), Map.entry("R5", "t) R5: Young Offender Institution"),
            Map.entry("S1", "u) S1: Residential school"), Map.entry("Z1", "v) Z1: Other placements"),
            Map.entry("T0", "w) T0: Temporary placement"), Map.entry("T1", "x) T1: Temporary placement - hospital"),
            Map.entry("T2", "y) T2: Temporary placement - holiday"), Map.entry("T3", "z) T3: Temporary placement - carer holiday"),
            Map.entry("T4", "zz) T4: Temporary placement - seven days or less"));

    private static final Map<String, String> PLACEMENT_PROVIDERS = Map.of("PR0", "a) PR0: Parents/Parental responsibility",
            "PR1", "b) PR1: Own provision", "PR2", "c) PR2: Other LA provision", "PR3", "d) PR3: Other public provision",
            "PR4", "e) PR4: Private provision", "PR5", "f) PR5: Voluntary/third sector");

    /** 2024's template adds "d) Eligible" (16 or 17 and still looked after) to the three categories of 2020. */
    private static final Map<String, String> ELIGIBILITIES = Map.of("RELEVANT", "a) Relevant child", "FORMER_RELEVANT", "b) Former relevant child",
            "QUALIFYING", "c) Qualifying care leaver", "ELIGIBLE", "d) Eligible");

    private static final Map<String, String> IN_TOUCH_ANSWERS = Map.of("YES", "a) Yes", "NO", "b) No", "DIED", "c) Died", "REFU", "d) Refu",
            "NREQ", "e) NREQ", "RHOM", "f) Rhom");

    private static final Map<String, String> ACCOMMODATIONS = Map.ofEntries(
            Map.entry("B", "B: Parents/relatives"), Map.entry("C", "C: Community home/residential care"),
            Map.entry("D", "D: Semi-independent, transitional accommodation and self-contained accommodation"),
            Map.entry("E", "E: Supported lodgings"), Map.entry("G", "G: Abroad"), Map.entry("H", "H: Deported"),
            Map.entry("K", "K: Ordinary lodgings, without formal support"), Map.entry("R", "R: Residence not known"),
            Map.entry("S", "S: No fixed abode/homeless"), Map.entry("T", "T: Foyers and similar supported accommodation"),
            Map.entry("U", "U: Independent living"), Map.entry("V", "V: Emergency accommodation"), Map.entry("W", "W: Bed and breakfast"),
            Map.entry("X", "X: In custody"), Map.entry("Y", "Y: Other accommodation"), Map.entry("Z", "Z: With former foster carers"));

    private static final Map<String, String> SUITABILITIES = Map.of("true", "a) Suitable", "false", "b) Unsuitable");

    /** The 2020 template's activities, and 2024's apprenticeship and training codes (F4, P4, F5, P5) as liia-tools' 2024 schema words them. */
    private static final Map<String, String> ACTIVITIES = Map.ofEntries(
            Map.entry("F1", "F1: Full time in higher education"), Map.entry("P1", "P1: Part time in higher education"),
            Map.entry("F2", "F2: Full time in education other than higher"), Map.entry("P2", "P2: Part time in education other than higher"),
            Map.entry("F4", "F4: Young person engaged full time in an apprenticeship"),
            Map.entry("P4", "P4: Young person engaged part time in an apprenticeship"),
            Map.entry("F5", "F5: Young person engaged full time in training or employment (not apprenticeship)"),
            Map.entry("P5", "P5: Young person engaged part time in training or employment (not apprenticeship)"),
            Map.entry("G4", "G4: Not in education, employment or training - illness or disability"),
            Map.entry("G5", "G5: Not in education, employment or training - other"),
            Map.entry("G6", "G6: Not in education, employment or training - pregnancy or parenting"));

    private static final Map<String, String> REVERSAL_REASONS = Map.of(
            "RD1", "RD1 - The child\u2019s needs changed subsequent to the decision", "RD2", "RD2 - The Court did not make a placement order",
            "RD3", "RD3 - Prospective adopters could not be found", "RD4", "RD4 - Any other reason");

    private static final Map<String, String> ADOPTERS_LEFT = Map.of("WITHDREW", "1 - Adopter withdrew from process",
            "ON_HOLD", "2 - Process put on hold", "NOT_APPROVED", "3 - Application refused");

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
            case LEGAL_STATUS -> known(LEGAL_STATUSES, stored);
            case PERMANENCE_PLAN -> CodeList.fromCode(PermanencePlanKind.class, "permanencePlan", stored.toString()).annexALabel();
            // codes the template predates (E43 and E44, ended in 2018) are written as the 903 names them, unlettered
            case REASON_CEASED -> REASONS_CEASED.getOrDefault(stored.toString(),
                    unlettered(CodeList.fromCode(ReasonEpisodeCeased.class, "reasonCeased", stored.toString())));
            // as are the placement types newer than the template (K3 from 2025, Z11 to Z14 from 2026)
            case PLACEMENT_TYPE -> PLACEMENT_TYPES.getOrDefault(stored.toString(),
                    unlettered(CodeList.fromCode(PlacementType.class, "placementType", stored.toString())));
            case PLACEMENT_PROVIDER -> known(PLACEMENT_PROVIDERS, stored);
            case ELIGIBILITY -> known(ELIGIBILITIES, stored);
            case IN_TOUCH -> known(IN_TOUCH_ANSWERS, stored);
            case ACCOMMODATION -> known(ACCOMMODATIONS, stored);
            case SUITABILITY -> known(SUITABILITIES, stored);
            case ACTIVITY -> known(ACTIVITIES, stored);
            case REVERSAL_REASON -> known(REVERSAL_REASONS, stored);
            case ADOPTER_LEFT -> known(ADOPTERS_LEFT, stored);
        };
    }

    /** The template letters the 18 census ethnicities a) to r) in the census's order, and both REFU and NOBT s). */
    private static String ethnicity(Ethnicity e) {
        char letter = e == Ethnicity.NOBT ? 's' : (char) ('a' + e.ordinal());
        return letter + ") " + e.code();
    }

    /** The care module's code lists label each code with it: "K3: Supported accommodation". */
    private static String unlettered(CodeList c) {
        return c.label();
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
