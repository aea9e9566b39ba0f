package uk.opencsc.care;

import uk.opencsc.platform.validation.CodeList;

/** A child's special educational needs provision, by the school census codes (N, K, E). */
public enum SenStatus implements CodeList {
    N("No special educational needs"),
    K("SEN support"),
    E("Education, health and care plan");

    private final String label;

    SenStatus(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public static SenStatus of(String code) {
        return CodeList.fromCode(SenStatus.class, "senStatus", code);
    }
}
