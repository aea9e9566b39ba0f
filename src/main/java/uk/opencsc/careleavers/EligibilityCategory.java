package uk.opencsc.careleavers;

import uk.opencsc.platform.validation.CodeList;

/**
 * The leaving care categories of the Children Act 1989 as the Children (Leaving Care) Act 2000 amended it, with the
 * ages at which each applies ({@link #fromAge} inclusive, {@link #underAge} exclusive). Whether a young person met
 * the care history each needs (13 weeks looked after from 14, some of it after 16) is stated by the worker for now:
 * see docs/careleavers.md.
 */
public enum EligibilityCategory implements CodeList {
    /** Sch 2 para 19B: still looked after, aged 16 or 17, looked after 13 weeks from age 14 and ending after 16. */
    ELIGIBLE("ELIGIBLE", "Eligible child", "16 or 17 and still looked after", 16, 18),
    /** s23A: an eligible child who has left care, aged 16 or 17. */
    RELEVANT("RELEVANT", "Relevant child", "16 or 17 and has left care", 16, 18),
    /** s23C: 18 or over and was eligible or relevant before 18; a personal adviser to 21, and to 25 on request (s23CZB). */
    FORMER_RELEVANT("FORMER_RELEVANT", "Former relevant child", "18 or over, was eligible or relevant", 18, 25),
    /**
     * s24: looked after (or special guardianship, privately fostered...) at or after 16 without meeting the eligible
     * child's 13 weeks; advice and assistance under 21, or under 25 in education or training.
     */
    QUALIFYING("QUALIFYING", "Qualifying care leaver", "looked after at or after 16, not eligible", 16, 25);

    private final String code;
    private final String name;
    private final String meaning;
    private final int fromAge;
    private final int underAge;

    EligibilityCategory(String code, String name, String meaning, int fromAge, int underAge) {
        this.code = code;
        this.name = name;
        this.meaning = meaning;
        this.fromAge = fromAge;
        this.underAge = underAge;
    }

    @Override
    public String code() {
        return code;
    }

    /** "Former relevant child: 18 or over, was eligible or relevant". */
    @Override
    public String label() {
        return name + ": " + meaning;
    }

    /** "Former relevant child". */
    public String shortName() {
        return name;
    }

    /** The youngest age (in whole years) at which the category applies. */
    public int fromAge() {
        return fromAge;
    }

    /** The age (in whole years) from which it no longer applies. */
    public int underAge() {
        return underAge;
    }

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code category} when the code is not one of these */
    public static EligibilityCategory of(String code) {
        return CodeList.fromCode(EligibilityCategory.class, "category", code);
    }
}
