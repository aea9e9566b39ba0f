package uk.opencsc.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A period of care: from the day the child started to be looked after to the day they ceased, both inclusive, made
 * of episodes in date order (the first with reason S). Short breaks (V3, V4) make a period of their own.
 *
 * @param endDate       null while the child is looked after
 * @param reasonCeased  set exactly when {@code endDate} is
 * @param uascCeasedOn  the day the child stopped being an unaccompanied asylum-seeking child (903 DUC); null if not UASC
 * @param version       the period's version: every change to it or its episodes names the version read
 */
public record PeriodOfCare(UUID id, UUID personId, LocalDate startDate, LocalDate endDate, ReasonEpisodeCeased reasonCeased,
                           boolean shortBreaks, boolean uasc, LocalDate uascCeasedOn, int version, Instant updatedAt,
                           String updatedBy, List<Episode> episodes) {

    public PeriodOfCare {
        episodes = List.copyOf(episodes);
    }

    public boolean open() {
        return endDate == null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    /** The latest episode: the current one while the period is open. */
    public Episode latestEpisode() {
        return episodes.getLast();
    }

    /** The episode the child was in on {@code date}; on a change day, the one that started that day. */
    public java.util.Optional<Episode> episodeOn(LocalDate date) {
        return episodes.reversed().stream().filter(e -> e.covers(date)).findFirst();
    }
}
