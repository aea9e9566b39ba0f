package uk.opencsc.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.opencsc.frontdoor.Consent;
import uk.opencsc.frontdoor.ContactDecision;
import uk.opencsc.frontdoor.ContactOutcome;
import uk.opencsc.frontdoor.FrontDoorBulkLoad;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.NewContact;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.frontdoor.ReferralSource;
import uk.opencsc.people.Disability;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.NewAddress;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.Postcode;
import uk.opencsc.people.Sex;
import uk.opencsc.people.UpnUnknownReason;
import uk.opencsc.support.TestData;

/**
 * Children and their CIN episodes as an old system's records would be loaded (the modules' bulk loads, as a
 * migration does), with the dates a census test needs: years ago, which the forms (rightly) would not take today.
 */
@Component
public class CensusFixtures {

    private final PeopleBulkLoad people;
    private final FrontDoorBulkLoad frontDoor;
    private final JdbcClient jdbc;

    CensusFixtures(PeopleBulkLoad people, FrontDoorBulkLoad frontDoor, JdbcClient jdbc) {
        this.people = people;
        this.frontDoor = frontDoor;
        this.jdbc = jdbc;
    }

    /** A prefix for local IDs no other test uses, so a test finds its own children in a census of the shared database. */
    public static String uniquePrefix() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /**
     * A girl with no disability and no UPN (UN1) born on {@code born}; or, when {@code born} is null, an unborn child
     * expected on {@code expected}, whose sex is not known yet (U, as rule 8750 has it: there is no birth certificate).
     */
    public void aChild(String localId, LocalDate born, LocalDate expected, UUID team) {
        Sex sex = born == null ? Sex.UNKNOWN : Sex.FEMALE;
        PersonDetails details = new PersonDetails("Sam", null, "Census", null, sex, null, born, expected, Ethnicity.WBRI, null,
                null, false, Set.of(Disability.NONE), null, UpnUnknownReason.UN1, null, false, null, null, team, false, null);
        TestData.asSystem(() -> people.load(List.of(new NewPerson(localId, details,
                new NewAddress("1 Census Row", null, "Northmoor", Postcode.of("NM1 1AA"), LocalDate.of(2009, 1, 1)), List.of()))));
    }

    /**
     * A school's contact on {@code on} that the manager referred to social care that day: a CIN episode, closed on
     * {@code closed} (RC8 when with no further action, otherwise RC7), or open when {@code closed} is null.
     */
    public void aReferral(String localId, LocalDate on, LocalDate closed, boolean noFurtherAction, String manager) {
        NewContact contact = new NewContact(person(localId), on.atTime(9, 0), ReferralSource.SCHOOLS, "Head teacher", "School",
                "Concern about the child", Consent.GIVEN, null, null);
        ReasonForClosure reason = closed == null ? null : noFurtherAction ? ReasonForClosure.RC8 : ReasonForClosure.RC7;
        TestData.asSystem(() -> frontDoor.load(List.of(new HistoricContact(contact,
                new ContactDecision(ContactOutcome.REFERRAL_TO_SOCIAL_CARE, on.atTime(11, 0), "Needs assessing"), manager,
                new HistoricContact.ReferralHistory(PrimaryNeed.N1, closed, reason, noFurtherAction), null))));
    }

    public UUID person(String localId) {
        return jdbc.sql("select id from person where local_id = :l").param("l", localId).query(UUID.class).single();
    }
}
