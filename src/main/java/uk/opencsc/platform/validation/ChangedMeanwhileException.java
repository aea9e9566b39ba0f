package uk.opencsc.platform.validation;

import java.time.Instant;

/** Someone else saved the row after the user opened its form; saving now would silently overwrite their work. */
public class ChangedMeanwhileException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public ChangedMeanwhileException(String changedBy, Instant changedAt) {
        super("Changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
