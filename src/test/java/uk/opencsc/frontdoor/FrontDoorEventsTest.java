package uk.opencsc.frontdoor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.opencsc.access.Role;
import uk.opencsc.people.NewAddress;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.Postcode;
import uk.opencsc.people.Sex;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The events other modules (the chronology) listen to, published by real transitions with the fields they need. */
@IntegrationTest
@RecordApplicationEvents
class FrontDoorEventsTest {

    @Autowired FrontDoorRecords records;
    @Autowired PeopleBulkLoad people;
    @Autowired PersonLookup lookup;
    @Autowired TestData data;
    @Autowired ApplicationEvents events;

    UUID child;
    String worker;
    String manager;

    @BeforeEach
    void aChild() {
        UUID team = data.aTeam("Front door");
        worker = data.aUser(Role.SOCIAL_WORKER, team, "Front door");
        manager = data.aUser(Role.TEAM_MANAGER, team, "Front door");
        String localId = "FE" + Long.toString(System.nanoTime() % 1_000_000_000L);
        PersonDetails details = new PersonDetails("Noor", null, "Hassan", null, Sex.of("F"), null, LocalDate.of(2016, 6, 1), null,
                Ethnicity.of("AOTH"), null, null, false, Set.of(), null, null, null, false, null, null, team, false, null);
        TestData.asSystem(() -> people.load(List.of(new NewPerson(localId, details,
                new NewAddress("1 High Street", null, "Northmoor", Postcode.of("NM1 1AA"), LocalDate.of(2020, 1, 1)), List.of()))));
        child = lookup.idsOfLocalIds(List.of(localId)).get(localId);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_contact_decided_as_a_referral_publishes_contact_recorded_contact_decided_and_referral_accepted() {
        LocalDateTime received = LocalDateTime.now().minusDays(10).withHour(10).withMinute(0).withSecond(0).withNano(0);
        TestData.signIn(worker, Role.SOCIAL_WORKER);
        UUID contact = records.recordContact(new NewContact(child, received, ReferralSource.POLICE, "PC Shah", "Police",
                "Found alone at night", Consent.NOT_NEEDED, "Immediate risk", null));
        TestData.signIn(manager, Role.TEAM_MANAGER);
        records.decide(child, contact, 0, new ContactDecision(ContactOutcome.STRATEGY_DISCUSSION, received.plusHours(1),
                "Significant harm suspected"), null, PrimaryNeed.N1);

        assertThat(events.stream(ContactRecorded.class))
                .containsExactly(new ContactRecorded(contact, child, received, ReferralSource.POLICE));
        ContactDecided decided = events.stream(ContactDecided.class).findFirst().orElseThrow();
        assertThat(decided.outcome()).isEqualTo(ContactOutcome.STRATEGY_DISCUSSION);
        assertThat(decided.decidedBy()).isEqualTo(manager);
        assertThat(decided.workingDaysLate()).isZero();
        ReferralAccepted accepted = events.stream(ReferralAccepted.class).findFirst().orElseThrow();
        assertThat(accepted.personId()).isEqualTo(child);
        assertThat(accepted.referralDate()).isEqualTo(received.toLocalDate());
        assertThat(accepted.contactId()).isEqualTo(contact);
        assertThat(accepted.reReferral()).isFalse();
    }

    @Test
    void a_cin_episode_closed_into_early_help_and_stepped_back_up_publishes_each_transition() {
        LocalDate referred = LocalDate.now().minusDays(60);
        TestData.signIn(worker, Role.SOCIAL_WORKER);
        UUID referral = records.recordReferral(child, referred, ReferralSource.SCHOOLS, null);
        records.closeReferral(child, referral, 0, referred.plusDays(20), ReasonForClosure.RC9, false, PrimaryNeed.N5);
        UUID episode = records.startEarlyHelp(child, referred.plusDays(21), "Family Hub", "Sam Lee", "Parenting support", referral);
        records.endEarlyHelp(child, episode, 0, referred.plusDays(50), EarlyHelpEndReason.STEPPED_UP);

        assertThat(events.stream(CinEpisodeClosed.class)).containsExactly(
                new CinEpisodeClosed(referral, child, referred, referred.plusDays(20), ReasonForClosure.RC9, false));
        assertThat(events.stream(EarlyHelpStarted.class)).containsExactly(
                new EarlyHelpStarted(episode, child, referred.plusDays(21), "Family Hub", referral));
        EarlyHelpEnded ended = events.stream(EarlyHelpEnded.class).findFirst().orElseThrow();
        assertThat(ended.reason()).isEqualTo(EarlyHelpEndReason.STEPPED_UP);
        ReferralAccepted stepUp = events.stream(ReferralAccepted.class).filter(r -> r.steppedUpFromEarlyHelp() != null)
                .findFirst().orElseThrow();
        assertThat(stepUp.referralId()).isEqualTo(ended.steppedUpTo());
        assertThat(stepUp.source()).isEqualTo(ReferralSource.LA_EARLY_HELP);
        assertThat(stepUp.reReferral()).as("within 12 months of the first referral").isTrue();
    }
}
