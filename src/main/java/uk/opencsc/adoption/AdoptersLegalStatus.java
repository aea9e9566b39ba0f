package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** The adopters' legal status as SSDA903 AD1 LS_ADOPTR records it. */
public enum AdoptersLegalStatus implements CodeList {
    L0("Single"),
    L11("Married couple, different gender"),
    L12("Married couple, same gender"),
    L2("Civil partners"),
    L3("Unmarried couple, different gender"),
    L4("Unmarried couple, same gender");

    private final String label;

    AdoptersLegalStatus(String label) {
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
}
