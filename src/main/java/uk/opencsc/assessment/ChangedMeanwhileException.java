package uk.opencsc.assessment;

import java.time.Instant;

/** Someone else saved the row after the user opened the form; saving now would silently overwrite their work. */
class ChangedMeanwhileException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    ChangedMeanwhileException(String changedBy, Instant changedAt) {
        super("Changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }
}
