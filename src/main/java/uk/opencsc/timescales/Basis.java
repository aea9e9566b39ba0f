package uk.opencsc.timescales;

/** What a timescale rests on, strongest first. */
public enum Basis {
    STATUTE("Act of Parliament"),
    REGULATION("Regulations"),
    STATUTORY_GUIDANCE("Statutory guidance"),
    LOCAL("Local procedure");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
