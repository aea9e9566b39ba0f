package uk.opencsc.care;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (care leavers, adoption, missing children, the returns) need to know of children's periods of
 * care without reading the care tables. It does not check access or audit: the caller does.
 */
@Service
public class LookedAfterChildren {

    private final CareRepository repository;

    LookedAfterChildren(CareRepository repository) {
        this.repository = repository;
    }

    /** The child's periods of care, the earliest first, each with its episodes in date order; short breaks included. */
    public List<PeriodOfCare> periodsOf(UUID personId) {
        return repository.periodsOf(personId);
    }

    /** As {@link #periodsOf(UUID)} for many children in two queries; a child with none is absent. */
    public Map<UUID, List<PeriodOfCare>> periodsOf(Collection<UUID> personIds) {
        return repository.periodsOf(personIds);
    }

    /**
     * Whether the child was looked after on {@code date}: within a period of care that is not short breaks (Annex A
     * and the 903's "looked after on 31 March" leave short breaks out).
     */
    public boolean lookedAfterOn(UUID personId, LocalDate date) {
        return periodsOf(personId).stream().anyMatch(p -> !p.shortBreaks() && p.covers(date));
    }

    /** The placement the child was in on {@code date}, short breaks included; empty when not looked after that day. */
    public Optional<Placement> placementOn(UUID personId, LocalDate date) {
        return periodsOf(personId).stream().filter(p -> p.covers(date)).findFirst()
                .flatMap(p -> p.episodeOn(date)).map(Episode::placement);
    }

    /** The episode of the child's open period of care, if the child is looked after now. */
    public Optional<Episode> currentEpisode(UUID personId) {
        return periodsOf(personId).stream().filter(PeriodOfCare::open).findFirst().map(PeriodOfCare::latestEpisode);
    }
}
