package uk.opencsc.chronology;

import java.time.Instant;

/** Someone saved the note after the form was opened; nothing was written. */
class CaseNoteChangedMeanwhile extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final int currentVersion;

    CaseNoteChangedMeanwhile(String changedBy, Instant changedAt, int currentVersion) {
        super("Changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }

    int currentVersion() {
        return currentVersion;
    }
}
