package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 2884: an initial conference is recorded on its section 47 enquiry, or on the episode only when there was no
 * enquiry; the same date in both places of one episode (the DfE matches them within a CINdetails) counts one
 * conference twice. Both places are named. Another episode's conference on the same day is a different one.
 */
final class InitialConferenceRecordedOnce implements ChildRule {

    @Override
    public String code() {
        return "2884";
    }

    @Override
    public String message() {
        return "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        Activities.episodes(child, (episode, at) -> {
            LocalDate onEpisode = episode.dateOfInitialCpc();
            if (onEpisode == null) {
                return;
            }
            boolean twice = false;
            for (int s = 0; s < episode.section47s().size(); s++) {
                if (onEpisode.equals(episode.section47s().get(s).dateOfInitialCpc())) {
                    breaches.add(at.then("Section47", s).then("DateOfInitialCPC"));
                    twice = true;
                }
            }
            if (twice) {
                breaches.add(at.then("DateOfInitialCPC"));
            }
        });
        return breaches;
    }
}
