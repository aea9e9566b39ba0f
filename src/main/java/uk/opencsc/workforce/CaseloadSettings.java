package uk.opencsc.workforce;

import java.time.Instant;

/** The local authority's caseload and supervision settings, with the version they were read at. */
record CaseloadSettings(CaseWeighting weighting, CaseloadThreshold threshold, SupervisionDue supervision, int version,
                        Instant updatedAt, String updatedBy) {
}
