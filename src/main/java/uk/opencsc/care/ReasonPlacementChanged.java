package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

import java.time.LocalDate;

/** Why a placement ended: the 903 REASON_PLACE_CHANGE list (CUSTOD since the 2019 schema). */
public enum ReasonPlacementChanged implements CodeList {
    CARPL("CARPL", "Change to or implementation of the care plan", 0),
    CLOSE("CLOSE", "Resignation of the carer or closure of the provision", 0),
    ALLEG("ALLEG", "Allegation (section 47 enquiry)", 0),
    STAND("STAND", "Standards of care concern", 0),
    APPRR("APPRR", "Approval of the carer removed", 0),
    CREQB("CREQB", "Carer asked for the placement to end because of the child's behaviour", 0),
    CREQO("CREQO", "Carer asked for the placement to end for another reason", 0),
    CHILD("CHILD", "Child asked for the placement to end", 0),
    LAREQ("LAREQ", "The responsible or area authority asked for the placement to end", 0),
    PLACE("PLACE", "Change in the status of the placement only", 0),
    CUSTOD("CUSTOD", "Child moved into custody", 2019),
    OTHER("OTHER", "Other", 0);

    private final String code;
    private final String label;
    private final CollectionYears years;

    ReasonPlacementChanged(String code, String label, int firstYear) {
        this.code = code;
        this.label = label;
        this.years = new CollectionYears(firstYear, 0);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return code + ": " + label;
    }

    public boolean validOn(LocalDate date) {
        return years.validOn(date);
    }

    public static ReasonPlacementChanged of(String code) {
        return CodeList.fromCode(ReasonPlacementChanged.class, "reasonPlacementChanged", code);
    }
}
