package uk.opencsc.chronology;

import uk.opencsc.platform.web.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Something significant happened in a child's life or on their record: the one event the chronology
 * is built from. Any module may publish it with Spring's {@code ApplicationEventPublisher} inside the
 * transaction that made the change; the chronology adds (or revises) one entry after that transaction
 * commits. Publishing it twice, or a listener running twice, never makes two entries.
 *
 * @param id           the entry's identity: the same id with a higher revision replaces the entry (a
 *                     correction); use {@link #of} for a new entry and {@link #revised} for a correction
 * @param revision     0 for the first version; an older revision arriving late is ignored
 * @param personId     the child
 * @param occurredAt   when it happened (not when it was typed in)
 * @param kind         what it is about
 * @param summary      one line a reader of the chronology understands without opening the link
 * @param link         the path of the page that holds the detail, e.g. "/children/{id}/contacts/{c}", or null
 * @param sourceModule the module that published it, e.g. "frontdoor"
 */
public record SignificantEvent(UUID id, int revision, UUID personId, Instant occurredAt, ChronologyKind kind,
                               String summary, String link, String sourceModule) {

    public SignificantEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceModule, "sourceModule");
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A significant event needs a summary");
        }
        if (link != null && !(link.startsWith("/") && !link.startsWith("//"))) {
            // the chronology page renders it as a link: only a path within OpenCSC
            throw new IllegalArgumentException("link must be a path starting with /, was " + link);
        }
        if (revision < 0) {
            throw new IllegalArgumentException("revision must be 0 or more, was " + revision);
        }
    }

    /** A new entry with a fresh id. */
    public static SignificantEvent of(UUID personId, Instant occurredAt, ChronologyKind kind, String summary, String link,
                                      String sourceModule) {
        return new SignificantEvent(UUID.randomUUID(), 0, personId, occurredAt, kind, summary, link, sourceModule);
    }

    /** A new entry whose id is the source record's own id, so it can be revised when that record is corrected. */
    public static SignificantEvent forRecord(UUID recordId, int revision, UUID personId, Instant occurredAt, ChronologyKind kind,
                                             String summary, String link, String sourceModule) {
        return new SignificantEvent(recordId, revision, personId, occurredAt, kind, summary, link, sourceModule);
    }

    /**
     * When an event known only by its day happened: the start of that day in the United Kingdom, so it shows at 00:00
     * whatever the server's time zone and the season (the start of a summer day in UTC would show at 01:00, after the
     * morning's events that led to it).
     */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.UK).toInstant();
    }

    /** When an event happened, from the day and time a worker typed, which are United Kingdom time. */
    public static Instant at(LocalDateTime ukTime) {
        return ukTime.atZone(Formats.UK).toInstant();
    }

    /** The same entry, corrected. */
    public SignificantEvent revised(Instant occurredAt, ChronologyKind kind, String summary) {
        return new SignificantEvent(id, revision + 1, personId, occurredAt, kind, summary, link, sourceModule);
    }
}
