package uk.opencsc.frontdoor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.opencsc.chronology.ChronologyKind;
import uk.opencsc.chronology.SignificantEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The front door's entries in each child's chronology. Synchronous on purpose: the significant event is
 * published inside the transaction that recorded the fact, so the chronology gets it exactly when that
 * transaction commits. Each entry's id is derived from the record it is about, so a retry never adds a
 * second line. {@link FrontDoorBulkLoad} makes the same entries from the same events with {@link #entry}.
 */
@Component
class FrontDoorChronology {

    private static final String MODULE = "frontdoor";

    private final ApplicationEventPublisher events;

    FrontDoorChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ContactRecorded e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ContactDecided e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(ReferralAccepted e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(CinEpisodeClosed e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(EarlyHelpStarted e) {
        events.publishEvent(entry(e));
    }

    @EventListener
    void on(EarlyHelpEnded e) {
        events.publishEvent(entry(e));
    }

    static SignificantEvent entry(ContactRecorded e) {
        return entry(entryId("contact-received", e.contactId()), e.personId(), instant(e.receivedAt()), ChronologyKind.CONTACT,
                "Contact received from " + e.source().label(), frontDoor(e.personId()));
    }

    static SignificantEvent entry(ContactDecided e) {
        String timeliness = e.workingDaysLate() > 0 ? " (" + e.workingDaysLate() + " working days late)" : "";
        return entry(entryId("contact-decided", e.contactId()), e.personId(), instant(e.decidedAt()), ChronologyKind.MANAGEMENT_DECISION,
                "Contact decision: " + e.outcome().label() + timeliness + ". Rationale: " + e.rationale(), frontDoor(e.personId()));
    }

    static SignificantEvent entry(ReferralAccepted e) {
        String how = e.reReferral() ? " (re-referral within 12 months)" : "";
        return entry(entryId("referral", e.referralId()), e.personId(), instant(e.referralDate()), ChronologyKind.REFERRAL,
                "Referral from " + e.source().label() + how, frontDoor(e.personId()));
    }

    static SignificantEvent entry(CinEpisodeClosed e) {
        return entry(entryId("referral-closed", e.referralId()), e.personId(), instant(e.closureDate()), ChronologyKind.CLOSURE,
                "Child in need episode closed: " + e.reason().label(), frontDoor(e.personId()));
    }

    static SignificantEvent entry(EarlyHelpStarted e) {
        return entry(entryId("early-help-started", e.episodeId()), e.personId(), instant(e.startDate()), ChronologyKind.PLAN,
                "Early help started, led by " + e.leadOrganisation() + (e.steppedDownFrom() != null ? " (stepped down from social care)" : ""),
                frontDoor(e.personId()));
    }

    static SignificantEvent entry(EarlyHelpEnded e) {
        return entry(entryId("early-help-ended", e.episodeId()), e.personId(), instant(e.endDate()), ChronologyKind.CLOSURE,
                "Early help ended: " + e.reason().label(), frontDoor(e.personId()));
    }

    private static SignificantEvent entry(UUID id, UUID personId, Instant at, ChronologyKind kind, String summary, String link) {
        return SignificantEvent.forRecord(id, 0, personId, at, kind, summary, link, MODULE);
    }

    /** One entry per fact about a record: a name-based id from what happened and the record's id. */
    private static UUID entryId(String what, UUID recordId) {
        return UUID.nameUUIDFromBytes((MODULE + ":" + what + ":" + recordId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String frontDoor(UUID personId) {
        return "/children/" + personId + "/front-door";
    }

    private static Instant instant(LocalDateTime at) {
        return SignificantEvent.at(at);
    }

    private static Instant instant(LocalDate day) {
        return SignificantEvent.startOf(day);
    }
}
