package uk.opencsc.care;

import java.util.Optional;

/**
 * The 903 rule for when a change opens a new episode of care, and with which reason (RNE): a new episode starts
 * whenever the legal status changes, the placement changes, or both; nothing else (a new social worker, a new
 * category of need, a corrected address) starts one. DfE SSDA903 guidance, "reason for new episode":
 * <ul>
 *     <li>L: the legal status changes, the placement does not;</li>
 *     <li>P: the placement changes to another carer, the legal status does not;</li>
 *     <li>T: the placement changes but the carer stays the same (a foster placement becoming an adoptive one, a
 *     short-term placement confirmed as long term), the legal status does not;</li>
 *     <li>B: the legal status and the placement change on the same day, to another carer;</li>
 *     <li>U: the legal status and the placement change on the same day, the carer stays the same.</li>
 * </ul>
 * S, the start of a period of care, is never the result of a change: it is the first episode.
 */
public final class NewEpisodeRule {

    private NewEpisodeRule() {
    }

    /**
     * @param current        the episode the child is in
     * @param legalStatus    the legal status from the day of the change
     * @param placement      the placement from the day of the change
     * @param carerChanged   whether the child goes to live with another carer
     * @return the reason for the new episode; empty when nothing the 903 counts changes, so there is no new episode
     */
    public static Optional<ReasonForNewEpisode> apply(Episode current, LegalStatus legalStatus, Placement placement,
                                                      boolean carerChanged) {
        boolean statusChanged = legalStatus != current.legalStatus();
        boolean placementChanged = carerChanged || placement.differsFrom(current.placement());
        if (statusChanged && placementChanged) {
            return Optional.of(carerChanged ? ReasonForNewEpisode.B : ReasonForNewEpisode.U);
        }
        if (statusChanged) {
            return Optional.of(ReasonForNewEpisode.L);
        }
        if (placementChanged) {
            return Optional.of(carerChanged ? ReasonForNewEpisode.P : ReasonForNewEpisode.T);
        }
        return Optional.empty();
    }
}
