package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

import java.time.LocalDate;

/**
 * The type of placement in an episode of care: the 903 PLACE list, each code with the collection years it is
 * valid in (the 2017 schema and the yearly changes in liia-tools-pipeline's SSDA903 schema files: H5 and P2 left
 * and K3 arrived in the 2025 return, Z11 to Z14 arrived in the 2026 return). An episode may only use a code valid
 * on the day it starts, so a historic episode keeps the code it was recorded with.
 */
public enum PlacementType implements CodeList {
    A3("A3", "Placed for adoption with consent, with current foster carer", 0, 0),
    A4("A4", "Placed for adoption with consent, not with current foster carer", 0, 0),
    A5("A5", "Placed for adoption with a placement order, with current foster carer", 0, 0),
    A6("A6", "Placed for adoption with a placement order, not with current foster carer", 0, 0),
    H5("H5", "Semi-independent living accommodation not subject to children's homes regulations", 0, 2024),
    K1("K1", "Secure children's home", 0, 0),
    K2("K2", "Children's home", 0, 0),
    K3("K3", "Supported accommodation", 2025, 0),
    P1("P1", "Placed with own parent(s) or other person(s) with parental responsibility", 0, 0),
    P2("P2", "Independent living, for example in a flat, lodgings, bedsit or bed and breakfast", 0, 2024),
    P3("P3", "Residential employment", 0, 0),
    R1("R1", "Residential care home", 0, 0),
    R2("R2", "NHS or health trust or other establishment providing medical or nursing care", 0, 0),
    R3("R3", "Family centre or mother and baby unit", 0, 0),
    R5("R5", "Young offender institution", 0, 0),
    S1("S1", "Residential school not subject to children's homes regulations", 0, 0),
    T0("T0", "Temporary placement: all types of temporary move", 0, 0),
    T1("T1", "Temporary periods in hospital", 0, 0),
    T2("T2", "Temporary absence of the child on holiday", 0, 0),
    T3("T3", "Temporary accommodation while the normal foster carer is on holiday", 0, 0),
    T4("T4", "Temporary accommodation of seven days or less, for any other reason", 0, 0),
    U1("U1", "Foster placement with a relative or friend: long term fostering", 0, 0),
    U2("U2", "Foster placement with a relative or friend who is also an approved adopter: fostering for adoption or concurrent planning", 0, 0),
    U3("U3", "Foster placement with a relative or friend: not long term or fostering for adoption", 0, 0),
    U4("U4", "Foster placement with another foster carer: long term fostering", 0, 0),
    U5("U5", "Foster placement with another foster carer who is also an approved adopter: fostering for adoption or concurrent planning", 0, 0),
    U6("U6", "Foster placement with another foster carer: not long term or fostering for adoption", 0, 0),
    Z1("Z1", "Other placement", 0, 0),
    // The 2026 schema adds these four beside Z1; the files read give no meaning, so the label says only that
    Z11("Z11", "Other placement: 2026 code Z11 (see the DfE 903 guidance for its meaning)", 2026, 0),
    Z12("Z12", "Other placement: 2026 code Z12 (see the DfE 903 guidance for its meaning)", 2026, 0),
    Z13("Z13", "Other placement: 2026 code Z13 (see the DfE 903 guidance for its meaning)", 2026, 0),
    Z14("Z14", "Other placement: 2026 code Z14 (see the DfE 903 guidance for its meaning)", 2026, 0);

    private final String code;
    private final String label;
    private final CollectionYears years;

    PlacementType(String code, String label, int firstYear, int lastYear) {
        this.code = code;
        this.label = label;
        this.years = new CollectionYears(firstYear, lastYear);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return code + ": " + label;
    }

    /** Whether the code may be used for an episode starting on {@code date} (its collection year has the code). */
    public boolean validOn(LocalDate date) {
        return years.validOn(date);
    }

    /** The collection years the code is valid in, in words, for a refusal. */
    String validity() {
        return years.inWords();
    }

    /**
     * Settings registered with Ofsted, whose unique reference number (URN) identifies the home: children's homes,
     * secure children's homes and (registered since 2024) supported accommodation.
     */
    public boolean needsUrn() {
        return this == K1 || this == K2 || this == K3;
    }

    public static PlacementType of(String code) {
        return CodeList.fromCode(PlacementType.class, "placementType", code);
    }
}
