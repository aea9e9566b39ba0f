package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** Why an episode of care started: the 903 RNE list. Worked out by {@link NewEpisodeRule}, never typed. */
public enum ReasonForNewEpisode implements CodeList {
    S("S", "Started to be looked after"),
    L("L", "Change of legal status only"),
    P("P", "Change of placement and carer only"),
    T("T", "Change of placement only, same carer"),
    B("B", "Change of legal status and of placement and carer at the same time"),
    U("U", "Change of legal status and of placement at the same time, same carer");

    private final String code;
    private final String label;

    ReasonForNewEpisode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return code + ": " + label;
    }

    /** Whether the episode moved the child to a new carer (P, B): a new home, so reg 28's one-week visit clock restarts. */
    public boolean newCarer() {
        return this == P || this == B;
    }

    /** Whether the episode changed the placement (P, T, B, U): the ending episode then says why (REASON_PLACE_CHANGE). */
    public boolean placementChanged() {
        return this == P || this == T || this == B || this == U;
    }

    /** Whether the episode changed the legal status (L, B, U). */
    public boolean legalStatusChanged() {
        return this == L || this == B || this == U;
    }

    public static ReasonForNewEpisode of(String code) {
        return CodeList.fromCode(ReasonForNewEpisode.class, "reasonForNewEpisode", code);
    }
}
