package uk.opencsc.timescales;

/** What a second start event does while an obligation of the same rule is still open. */
public enum StartPolicy {
    /**
     * The clock restarts from the later event and the earlier obligation is no longer needed: an initial
     * conference is due from the last strategy discussion; a new placement starts its own visits.
     */
    RESTART,
    /**
     * Each start is its own obligation, satisfied first come first served: each contact needs its decision,
     * each return from missing its interview.
     */
    EACH_SEPARATE
}
