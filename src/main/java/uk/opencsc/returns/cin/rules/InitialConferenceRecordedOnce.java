package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 2884: an initial conference is recorded on its section 47 enquiry, or on the episode only when there was no
 * enquiry; the same date in both places counts one conference twice. Both places are named.
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
        Set<LocalDate> onEpisodes = new HashSet<>();
        child.cinDetails().forEach(episode -> onEpisodes.add(episode.dateOfInitialCpc()));
        Set<LocalDate> twice = new HashSet<>();
        List<ElementPath> breaches = new ArrayList<>();
        Activities.section47s(child, (episode, enquiry, at) -> {
            if (enquiry.dateOfInitialCpc() != null && onEpisodes.contains(enquiry.dateOfInitialCpc())) {
                twice.add(enquiry.dateOfInitialCpc());
                breaches.add(at.then("DateOfInitialCPC"));
            }
        });
        Activities.episodes(child, (episode, at) -> {
            if (twice.contains(episode.dateOfInitialCpc())) {
                breaches.add(at.then("DateOfInitialCPC"));
            }
        });
        return breaches;
    }
}
