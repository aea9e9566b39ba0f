package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** The adopters' sex as SSDA903 AD1 SEX_ADOPTR records it. */
public enum AdoptersSex implements CodeList {
    M1("Male adopter"),
    F1("Female adopter"),
    MM("Two male adopters"),
    FF("Two female adopters"),
    MF("A male and a female adopter");

    private final String label;

    AdoptersSex(String label) {
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
