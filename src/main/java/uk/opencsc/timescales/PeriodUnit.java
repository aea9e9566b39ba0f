package uk.opencsc.timescales;

/** The units timescales are stated in. */
public enum PeriodUnit {
    HOURS("hours"),
    /** Counted by the working-day calendar: from the day after the start. */
    WORKING_DAYS("working days"),
    DAYS("days"),
    WEEKS("weeks"),
    /** Calendar months: three months after 10 January is 10 April (31 January becomes 30 April). */
    MONTHS("months");

    private final String label;

    PeriodUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
