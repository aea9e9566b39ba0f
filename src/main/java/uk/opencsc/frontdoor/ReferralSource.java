package uk.opencsc.frontdoor;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** Who made a contact or referral: the CIN census referral source list (referralsourcetype, CIN_schema_2026.xsd). */
public enum ReferralSource implements CodeList {
    FAMILY("1A", "Individual – family member, relative or carer"),
    ACQUAINTANCE("1B", "Individual – acquaintance (including neighbours and child minders)"),
    SELF("1C", "Individual – self"),
    OTHER_INDIVIDUAL("1D", "Individual – other (including strangers)"),
    SCHOOLS("2A", "Schools"),
    EDUCATION_SERVICES("2B", "Education services"),
    GP("3A", "Health services – general practitioner (GP)"),
    HEALTH_VISITOR("3B", "Health services – health visitor"),
    SCHOOL_NURSE("3C", "Health services – school nurse"),
    OTHER_PRIMARY_HEALTH("3D", "Health services – other primary health services"),
    ACCIDENT_AND_EMERGENCY("3E", "Health services – A&E (accident and emergency department)"),
    OTHER_HEALTH("3F", "Health services – other (for example hospice)"),
    HOUSING("4", "Housing – local authority housing or housing association"),
    LA_SOCIAL_CARE("5A", "LA services – social care, for example adults social care services"),
    LA_OTHER_INTERNAL("5B", "LA services – other internal, for example youth offending (excluding housing)"),
    LA_EXTERNAL("5C", "LA services – external, for example another local authority's adults social care services"),
    LA_EARLY_HELP("5D", "LA services – early help"),
    POLICE("6", "Police"),
    OTHER_LEGAL_AGENCY("7", "Other legal agency – including courts, probation, immigration, Cafcass or prison"),
    OTHER("8", "Other – including children's centres, independent agency providers or voluntary organisations"),
    ANONYMOUS("9", "Anonymous"),
    UNKNOWN("10", "Unknown");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
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

    /** @throws UnknownCodeException naming the field "source" when the code is not in this list */
    public static ReferralSource of(String code) {
        return CodeList.fromCode(ReferralSource.class, "source", code);
    }
}
