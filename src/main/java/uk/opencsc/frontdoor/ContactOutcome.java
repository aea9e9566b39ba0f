package uk.opencsc.frontdoor;

import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.UnknownCodeException;

/** What the front door decided to do with a contact (the SSD's contact outcome, in OpenCSC's words). */
public enum ContactOutcome implements CodeList {
    NO_FURTHER_ACTION("NO_FURTHER_ACTION", "No further action"),
    ADVICE_AND_INFORMATION("ADVICE_AND_INFORMATION", "Advice and information given"),
    EARLY_HELP("EARLY_HELP", "Early help"),
    REFERRAL_TO_SOCIAL_CARE("REFERRAL_TO_SOCIAL_CARE", "Referral to children's social care"),
    STRATEGY_DISCUSSION("STRATEGY_DISCUSSION", "Strategy discussion (child may be suffering significant harm)");

    private final String code;
    private final String label;

    ContactOutcome(String code, String label) {
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

    /** A referral to children's social care opens a CIN episode; so does a strategy discussion, which needs one. */
    public boolean opensReferral() {
        return this == REFERRAL_TO_SOCIAL_CARE || this == STRATEGY_DISCUSSION;
    }

    /** @throws UnknownCodeException naming the field "decision" when the code is not in this list */
    public static ContactOutcome of(String code) {
        return CodeList.fromCode(ContactOutcome.class, "decision", code);
    }
}
