package uk.opencsc.adoption;

import uk.opencsc.platform.validation.CodeList;

/** Who approved the prospective adopters as suitable to adopt: the agency decision maker, on the adoption panel's recommendation where the case went to panel (Adoption Agencies Regulations 2005 reg 30B). */
public enum ApprovedBy implements CodeList {
    PANEL_AND_ADM("Agency decision maker on the panel's recommendation"),
    ADM("Agency decision maker without a panel");

    private final String label;

    ApprovedBy(String label) {
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
