package uk.opencsc.timescales;

/** Where an obligation stands on the day it is looked at. */
public enum ObligationState {
    UPCOMING("Upcoming"),
    DUE_TODAY("Due today"),
    /** Past its due date and not met; {@link Obligation#workingDaysLate()} says by how much. */
    OVERDUE("Overdue"),
    MET_ON_TIME("Met on time"),
    /** Met after its due date; {@link Obligation#workingDaysLate()} says by how much. */
    MET_LATE("Met late"),
    /**
     * Ended before it was met: the plan ended, the child ceased to be looked after, or a later start replaced
     * it. If it ended after its due date, {@link Obligation#workingDaysLate()} says how late it already was.
     */
    NO_LONGER_NEEDED("No longer needed");

    private final String label;

    ObligationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
