package uk.opencsc.frontdoor;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (child protection, later the child in need plans) need to know of a child's CIN episodes,
 * without reading the front door's tables. It does not check access or audit: the caller does.
 */
@Service
public class CinEpisodes {

    private final FrontDoorRepository repository;

    CinEpisodes(FrontDoorRepository repository) {
        this.repository = repository;
    }

    /**
     * @return the child's CIN episode (referral) open on {@code date}: referred on or before it and not closed
     *         before it (the closure date inclusive); the latest such when several are
     */
    public Optional<Referral> openOn(UUID personId, LocalDate date) {
        return repository.referralsOf(personId).stream()
                .filter(r -> !r.referralDate().isAfter(date) && (r.closureDate() == null || !r.closureDate().isBefore(date)))
                .findFirst();
    }

    /**
     * Every child with a CIN episode open on {@code date} (as {@link #openOn}), with the day their open episode
     * began: for lists over the whole authority (the children waiting for a worker), in one query.
     *
     * @return child id to the referral date of the earliest episode open on {@code date}
     */
    public Map<UUID, LocalDate> openEpisodeStarts(LocalDate date) {
        return repository.openEpisodeStarts(date);
    }
}
