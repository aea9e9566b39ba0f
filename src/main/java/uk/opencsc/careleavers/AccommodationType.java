package uk.opencsc.careleavers;

import uk.opencsc.platform.validation.CodeList;

/** Where the care leaver lives: the letter of the SSDA903 OC3 ACCOM code (the digit after it says whether the accommodation is suitable, see CareLeaverAccommodation#code). */
public enum AccommodationType implements CodeList {
    B("B", "With parents or relatives"),
    C("C", "Community home or other residential care, such as an NHS establishment"),
    D("D", "Semi-independent, transitional or self-contained accommodation"),
    E("E", "Supported lodgings"),
    G("G", "Gone abroad"),
    H("H", "Deported"),
    K("K", "Ordinary lodgings, without formal support"),
    R("R", "Residence not known"),
    S("S", "No fixed abode or homeless"),
    T("T", "Foyer or similar supported accommodation"),
    U("U", "Independent living, such as a flat or tenancy"),
    V("V", "Emergency accommodation, such as a night shelter or direct access hostel"),
    W("W", "Bed and breakfast"),
    X("X", "In custody"),
    Y("Y", "Other accommodation"),
    Z("Z", "With former foster carers");

    private final String code;
    private final String label;

    AccommodationType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** @throws uk.opencsc.platform.validation.UnknownCodeException naming {@code accommodation} when the code is not one of these */
    public static AccommodationType of(String code) {
        return CodeList.fromCode(AccommodationType.class, "accommodation", code);
    }
}
