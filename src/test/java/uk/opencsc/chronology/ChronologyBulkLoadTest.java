package uk.opencsc.chronology;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.Role;
import uk.opencsc.assessment.AssessmentBulkLoad;
import uk.opencsc.assessment.AssessmentFactor;
import uk.opencsc.assessment.AssessmentOutcome;
import uk.opencsc.assessment.ChildSeen;
import uk.opencsc.assessment.HistoricAssessment;
import uk.opencsc.childinneed.BedroomSeen;
import uk.opencsc.childinneed.ChildInNeedBulkLoad;
import uk.opencsc.childinneed.CinPlanEndReason;
import uk.opencsc.childinneed.HistoricCinPlan;
import uk.opencsc.frontdoor.Consent;
import uk.opencsc.frontdoor.ContactDecision;
import uk.opencsc.frontdoor.ContactOutcome;
import uk.opencsc.frontdoor.FrontDoorBulkLoad;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.NewContact;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.frontdoor.ReferralSource;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.NewAddress;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.Postcode;
import uk.opencsc.people.Sex;
import uk.opencsc.protection.AbuseCategory;
import uk.opencsc.protection.Agency;
import uk.opencsc.protection.ConferenceOutcome;
import uk.opencsc.protection.HistoricEnquiry;
import uk.opencsc.protection.ProtectionBulkLoad;
import uk.opencsc.protection.Section47Outcome;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ChronologyBulkLoadTest {

    @Autowired ChronologyBulkLoad chronologyLoad;
    @Autowired PeopleBulkLoad people;
    @Autowired PersonLookup lookup;
    @Autowired FrontDoorBulkLoad frontDoor;
    @Autowired AssessmentBulkLoad assessments;
    @Autowired ChildInNeedBulkLoad childInNeed;
    @Autowired ProtectionBulkLoad protection;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    UUID team;
    String worker;
    UUID child;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aLoadedChild() {
        team = data.aTeam("Children in need");
        worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        String localId = "CH" + Long.toString(System.nanoTime() % 1_000_000_000L);
        PersonDetails details = new PersonDetails("Leah", null, "Marsh", null, Sex.of("F"), null, LocalDate.of(2015, 6, 9), null,
                Ethnicity.of("WBRI"), null, null, false, Set.of(), null, null, null, false, null, null, team, false, null);
        TestData.asSystem(() -> people.load(List.of(new NewPerson(localId, details,
                new NewAddress("2 High Street", null, "Northmoor", Postcode.of("NM1 2AB"), LocalDate.of(2019, 1, 1)), List.of()))));
        child = lookup.idsOfLocalIds(List.of(localId)).get(localId);
    }

    @Test
    void a_bulk_loaded_childs_chronology_shows_their_contact_assessment_plans_and_child_protection_in_order() throws Exception {
        LocalDate contact = today.minusDays(200);
        TestData.asSystem(() -> frontDoor.load(List.of(new HistoricContact(
                new NewContact(child, contact.atTime(10, 0), ReferralSource.FAMILY, "Aunt", null, "Bruising seen at home",
                        Consent.GIVEN, null, "Leah said she is scared at home"),
                new ContactDecision(ContactOutcome.REFERRAL_TO_SOCIAL_CARE, contact.atTime(15, 0), "Injury needs assessment"),
                "manager.one", new HistoricContact.ReferralHistory(PrimaryNeed.N1, null, null, false), null))));
        TestData.asSystem(() -> assessments.load(List.of(new HistoricAssessment(child, today.minusDays(195), "worker.one",
                "Sam Worker", List.of(new ChildSeen(today.minusDays(190), true)), "I want to stay with nan",
                Set.of(AssessmentFactor.F1B), "Parental alcohol misuse affects care", AssessmentOutcome.CIN_PLAN, null,
                today.minusDays(175), "manager.one", "Analysis is sound", today.minusDays(170), null))));
        TestData.asSystem(() -> childInNeed.load(List.of(new HistoricCinPlan(child, today.minusDays(160), "Sam Worker",
                "Leah safe and at school", null, List.of(),
                List.of(new HistoricCinPlan.Visit(today.minusDays(150).atTime(10, 0), true, true, BedroomSeen.YES, "Fine", null, "Sam Worker")),
                today.minusDays(91), CinPlanEndReason.STEPPED_UP_TO_CP))));
        TestData.asSystem(() -> protection.load(List.of(new HistoricEnquiry(child, today.minusDays(90).atTime(11, 0),
                Set.of(Agency.POLICE, Agency.SOCIAL_CARE), "New injury disclosed", Section47Outcome.SUBSTANTIATED_ICPC,
                today.minusDays(85), null, today.minusDays(80), ConferenceOutcome.PLAN, Set.of(AbuseCategory.PHY), List.of(),
                List.of(), List.of(new HistoricEnquiry.Visit(today.minusDays(70), true, false, true, "OK")), null, null))));

        String page = mvc.perform(get("/children/" + child + "/chronology").with(user(worker).roles(Role.SOCIAL_WORKER.name())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).containsSubsequence("Contact received from ", "Contact decision: ",
                "Child and family assessment started", "Child and family assessment authorised: Further action: child in need plan",
                "Child in need plan started, led by Sam Worker", "Child in need visit: child seen alone",
                "Child in need plan ended: Stepped up to a child protection plan",
                "Strategy discussion (Children", "Initial child protection conference: Child protection plan",
                "Child protection plan started under Physical abuse", "Child protection visit: child seen, not alone");
        assertThat(page).contains("Referral from ", "Section 47 enquiry started");
    }

    @Test
    void loading_the_same_entries_again_adds_nothing_and_only_a_later_revision_replaces_one() {
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        SignificantEvent first = SignificantEvent.forRecord(UUID.randomUUID(), 0, child, at, ChronologyKind.CONTACT,
                "Contact received from \"school\", by phone", "/children/" + child, "frontdoor");
        SignificantEvent other = SignificantEvent.of(child, at.plusSeconds(60), ChronologyKind.REFERRAL, "Referral", null, "frontdoor");

        assertThat(chronologyLoad.load(List.of(first, other, first))).isEqualTo(2);
        assertThat(chronologyLoad.load(List.of(first, other))).isZero();
        assertThat(summaries()).containsExactly("Contact received from \"school\", by phone", "Referral");

        SignificantEvent corrected = first.revised(at, ChronologyKind.CONTACT, "Contact received from school");
        assertThat(chronologyLoad.load(List.of(corrected))).isEqualTo(1);
        assertThat(chronologyLoad.load(List.of(first))).isZero();
        assertThat(summaries()).containsExactly("Contact received from school", "Referral");
    }

    private List<String> summaries() {
        return jdbc.sql("select summary from chronology_entry where person_id = :p order by occurred_at")
                .param("p", child).query(String.class).list();
    }
}
