package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/**
 * Why a looked after child has no strengths and difficulties questionnaire score: the 903 OC2 SDQ_REASON list
 * (liia-tools-pipeline's SSDA903 schema; meanings from the DfE guide to the SSDA903 collection).
 */
public enum SdqReason implements CodeList {
    SDQ1("No form returned: the child was aged under 4 or over 17 at the date of the latest assessment"),
    SDQ2("The carer refused to complete and return the questionnaire"),
    SDQ3("Not possible to complete the questionnaire because of the severity of the child's disability"),
    SDQ4("Other"),
    SDQ5("The child or young person refused to allow an SDQ to be completed");

    private final String label;

    SdqReason(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return name() + ": " + label;
    }

    public static SdqReason of(String code) {
        return CodeList.fromCode(SdqReason.class, "reasonNotDone", code);
    }
}
