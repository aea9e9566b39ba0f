package uk.opencsc.returns.annexa;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.AccessAdministration.NewUser;
import uk.opencsc.access.Role;
import uk.opencsc.adoption.AdopterLeavingReason;
import uk.opencsc.adoption.AdoptersLegalStatus;
import uk.opencsc.adoption.AdoptersSex;
import uk.opencsc.adoption.AdoptionBulkLoad;
import uk.opencsc.adoption.AdoptionMilestones;
import uk.opencsc.adoption.ApprovedBy;
import uk.opencsc.adoption.HouseholdDetails;
import uk.opencsc.adoption.PlacementAuthority;
import uk.opencsc.adoption.ReversalReason;
import uk.opencsc.assessment.AssessmentBulkLoad;
import uk.opencsc.care.CareBulkLoad;
import uk.opencsc.care.HistoricPeriodOfCare;
import uk.opencsc.care.LegalStatus;
import uk.opencsc.care.Placement;
import uk.opencsc.care.PlacementProvider;
import uk.opencsc.care.PlacementType;
import uk.opencsc.care.ReasonEpisodeCeased;
import uk.opencsc.care.ReasonPlacementChanged;
import uk.opencsc.careleavers.AccommodationType;
import uk.opencsc.careleavers.Activity;
import uk.opencsc.careleavers.CareLeaverBulkLoad;
import uk.opencsc.careleavers.ContactMethod;
import uk.opencsc.careleavers.EligibilityCategory;
import uk.opencsc.careleavers.HistoricCareLeaver;
import uk.opencsc.careleavers.InTouch;
import uk.opencsc.exploitation.ExploitationBulkLoad;
import uk.opencsc.exploitation.MissingEpisode;
import uk.opencsc.exploitation.MissingKind;
import uk.opencsc.exploitation.ReturnHomeInterview;
import uk.opencsc.assessment.AssessmentFactor;
import uk.opencsc.assessment.AssessmentOutcome;
import uk.opencsc.assessment.ChildSeen;
import uk.opencsc.assessment.HistoricAssessment;
import uk.opencsc.childinneed.BedroomSeen;
import uk.opencsc.childinneed.ChildInNeedBulkLoad;
import uk.opencsc.childinneed.HistoricCinPlan;
import uk.opencsc.frontdoor.Consent;
import uk.opencsc.frontdoor.ContactDecision;
import uk.opencsc.frontdoor.ContactOutcome;
import uk.opencsc.frontdoor.FrontDoorBulkLoad;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.NewContact;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.frontdoor.ReferralSource;
import uk.opencsc.frontdoor.EarlyHelpEndReason;
import uk.opencsc.people.Disability;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.NewAddress;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.Postcode;
import uk.opencsc.people.Sex;
import uk.opencsc.people.UpnUnknownReason;
import uk.opencsc.protection.AbuseCategory;
import uk.opencsc.protection.Agency;
import uk.opencsc.protection.ConferenceOutcome;
import uk.opencsc.protection.HistoricEnquiry;
import uk.opencsc.protection.ProtectionBulkLoad;
import uk.opencsc.protection.Section47Outcome;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;
import uk.opencsc.workforce.WorkforceBulkLoad;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricAllocation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A small authority of five children in a team of its own, built through the journey modules' loads (as the demo
 * and a migration record history) and the protective order form, whose Annex A lists for 30 June 2025 are worked
 * out by hand in {@link AnnexAListsTest}. Each child's story is told beside it.
 */
class AnnexAFixture {

    /** The reference date; the six months before it start on 30 December 2024. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 30);

    final PeopleBulkLoad people;
    final FrontDoorBulkLoad frontDoor;
    final AssessmentBulkLoad assessments;
    final ProtectionBulkLoad protection;
    final ChildInNeedBulkLoad childInNeed;
    final WorkforceBulkLoad workforce;
    final AccessAdministration administration;
    final CareBulkLoad care;
    final CareLeaverBulkLoad careLeavers;
    final AdoptionBulkLoad adoption;
    final ExploitationBulkLoad exploitation;
    final TestData data;
    final JdbcClient jdbc;

    /** Takes the loads and services it builds with from the test's application context. */
    AnnexAFixture(ApplicationContext context) {
        this.people = context.getBean(PeopleBulkLoad.class);
        this.frontDoor = context.getBean(FrontDoorBulkLoad.class);
        this.assessments = context.getBean(AssessmentBulkLoad.class);
        this.protection = context.getBean(ProtectionBulkLoad.class);
        this.childInNeed = context.getBean(ChildInNeedBulkLoad.class);
        this.workforce = context.getBean(WorkforceBulkLoad.class);
        this.administration = context.getBean(AccessAdministration.class);
        this.care = context.getBean(CareBulkLoad.class);
        this.careLeavers = context.getBean(CareLeaverBulkLoad.class);
        this.adoption = context.getBean(AdoptionBulkLoad.class);
        this.exploitation = context.getBean(ExploitationBulkLoad.class);
        this.data = context.getBean(TestData.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** The built authority: its team, workers and children's local IDs. */
    record Built(UUID team, String teamName, UUID asha, UUID ben, String amy, String benjamin, String cleo, String dev, String eve,
                 Map<String, UUID> ids, Cared cared) {
    }

    /** The children of lists 8 to 11 (in care, leaving care, adopted) and the adopters' family identifiers. */
    record Cared(String fay, String gus, String hana, String ivy, String jack, String kit, String lou, String familyA, String familyB,
                 String familyC) {
    }

    Built build(MockMvc mvc) throws Exception {
        UUID team = data.aTeam("Children in need and protection");
        String teamName = jdbc.sql("select name from team where id = :t").param("t", team).query(String.class).single();
        String ashaName = TestData.unique("asha");
        String benName = TestData.unique("ben");
        String managerName = TestData.unique("cara");
        UUID asha = TestData.asSystem(() -> administration.createUser(new NewUser(ashaName, "Asha Khan", Role.SOCIAL_WORKER, team, null, "demo", null)));
        UUID ben = TestData.asSystem(() -> administration.createUser(new NewUser(benName, "Ben Osei", Role.SOCIAL_WORKER, team, null, "demo", null)));
        TestData.asSystem(() -> administration.createUser(new NewUser(managerName, "Cara Lund", Role.TEAM_MANAGER, team, null, "demo", null)));

        String prefix = "AA" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String amy = prefix + "1", benjamin = prefix + "2", cleo = prefix + "3", dev = prefix + "4", eve = prefix + "5";
        TestData.asSystem(() -> people.load(List.of(
                child(amy, "Amy", Sex.FEMALE, LocalDate.of(2015, 3, 10), Ethnicity.WBRI, Set.of(Disability.NONE), team),
                child(benjamin, "Benjamin", Sex.MALE, LocalDate.of(2012, 7, 1), Ethnicity.APKN, Set.of(Disability.LD), team),
                child(cleo, "Cleo", Sex.FEMALE, LocalDate.of(2019, 1, 15), Ethnicity.BCRB, Set.of(Disability.NONE), team),
                child(dev, "Dev", Sex.UNKNOWN, LocalDate.of(2010, 12, 30), Ethnicity.NOBT, Set.of(Disability.NONE), team),
                // nothing recorded about disability: "c) Unknown"
                child(eve, "Eve", Sex.FEMALE, LocalDate.of(2008, 6, 30), Ethnicity.WBRI, Set.of(), team))));
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (String localId : List.of(amy, benjamin, cleo, dev, eve)) {
            ids.put(localId, jdbc.sql("select id from person where local_id = :l").param("l", localId).query(UUID.class).single());
        }
        UUID a = ids.get(amy), b = ids.get(benjamin), c = ids.get(cleo), d = ids.get(dev), e = ids.get(eve);

        TestData.asSystem(() -> workforce.load(Map.of(), List.of(), List.of(
                new HistoricAllocation(a, asha, LocalDate.of(2024, 12, 30), "Referral", null, null),
                new HistoricAllocation(b, ben, LocalDate.of(2025, 2, 3), "Strategy discussion", null, null),
                // Cleo was Asha's until her first episode closed, and Ben's since the second began
                new HistoricAllocation(c, asha, LocalDate.of(2024, 5, 1), "Strategy discussion", LocalDate.of(2025, 1, 20), "Episode closed"),
                new HistoricAllocation(c, ben, LocalDate.of(2025, 4, 1), "Strategy discussion", null, null),
                new HistoricAllocation(e, asha, LocalDate.of(2025, 1, 6), "Referral", null, null))));

        List<HistoricContact> contacts = new ArrayList<>();
        // Amy: a referral in August 2024 closed with no further action (before the window); a contact the day before the
        // window opens (not listed); a referral on its first day, 30 December 2024 (listed, one referral in the 12 months before)
        contacts.add(referral(a, LocalDate.of(2024, 8, 1), ReferralSource.OTHER_PRIMARY_HEALTH, PrimaryNeed.N1, LocalDate.of(2024, 9, 15), ReasonForClosure.RC8, true));
        contacts.add(decided(a, LocalDate.of(2024, 12, 29), ReferralSource.OTHER, ContactOutcome.NO_FURTHER_ACTION, null, null));
        contacts.add(referral(a, LocalDate.of(2024, 12, 30), ReferralSource.SCHOOLS, PrimaryNeed.N1, null, null, false));
        // Benjamin: police contact, strategy discussion, referral open
        contacts.add(strategy(b, LocalDate.of(2025, 2, 3), ReferralSource.POLICE, null, null));
        // Cleo: a first episode from May 2024 (its plan ended and the episode closed in the window), then a second from April 2025
        contacts.add(strategy(c, LocalDate.of(2024, 5, 1), ReferralSource.HEALTH_VISITOR, LocalDate.of(2025, 1, 20), ReasonForClosure.RC7));
        contacts.add(strategy(c, LocalDate.of(2025, 4, 1), ReferralSource.LA_EARLY_HELP, null, null));
        // Dev: early help ended the day before the window (not listed), early help ended in it, early help begun on the
        // reference date, and a contact the day after it (not listed)
        contacts.add(earlyHelp(d, LocalDate.of(2024, 9, 1), ReferralSource.ACQUAINTANCE, "Northmoor Family Hub", LocalDate.of(2024, 12, 29)));
        contacts.add(earlyHelp(d, LocalDate.of(2024, 10, 1), ReferralSource.SCHOOLS, "Westfield Academy", LocalDate.of(2025, 1, 5)));
        contacts.add(earlyHelp(d, LocalDate.of(2025, 6, 30), ReferralSource.UNKNOWN, "Northmoor Family Hub", null));
        contacts.add(decided(d, LocalDate.of(2025, 7, 1), ReferralSource.POLICE, ContactOutcome.NO_FURTHER_ACTION, null, null));
        // Eve: a referral closed the same day with no further action, then one whose assessment ran on past the reference date
        contacts.add(referral(e, LocalDate.of(2025, 1, 2), ReferralSource.SELF, PrimaryNeed.N9, LocalDate.of(2025, 1, 2), ReasonForClosure.RC8, true));
        contacts.add(referral(e, LocalDate.of(2025, 1, 6), ReferralSource.GP, PrimaryNeed.N4, LocalDate.of(2025, 7, 16), ReasonForClosure.RC8, false));
        TestData.asSystem(() -> frontDoor.load(contacts));

        TestData.asSystem(() -> assessments.load(List.of(
                // Amy's, authorised late (due 45 working days after 30 December 2024)
                new HistoricAssessment(a, LocalDate.of(2025, 1, 2), ashaName, "Asha Khan", List.of(new ChildSeen(LocalDate.of(2025, 1, 10), true)),
                        "I want to stay at my school", Set.of(AssessmentFactor.F21), "Needs support at home", AssessmentOutcome.CIN_PLAN, null,
                        LocalDate.of(2025, 3, 20), managerName, "Plan agreed", LocalDate.of(2025, 3, 25), "The family were away in February"),
                // Eve's: seen, submitted and authorised only after the reference date
                new HistoricAssessment(e, LocalDate.of(2025, 1, 7), ashaName, "Asha Khan", List.of(new ChildSeen(LocalDate.of(2025, 7, 3), false)),
                        null, Set.of(AssessmentFactor.F21), "No continuing need", AssessmentOutcome.NO_FURTHER_ACTION, null,
                        LocalDate.of(2025, 7, 10), managerName, "Needs met", LocalDate.of(2025, 7, 15), "Eve could not be seen until July"))));

        TestData.asSystem(() -> protection.load(List.of(
                new HistoricEnquiry(b, LocalDateTime.of(2025, 2, 4, 10, 0), Set.of(Agency.POLICE, Agency.SOCIAL_CARE), "Injury disclosed at school",
                        Section47Outcome.SUBSTANTIATED_ICPC, LocalDate.of(2025, 2, 14), null, LocalDate.of(2025, 2, 20), ConferenceOutcome.PLAN,
                        Set.of(AbuseCategory.PHY), List.of(), List.of(LocalDate.of(2025, 5, 15)),
                        List.of(new HistoricEnquiry.Visit(LocalDate.of(2025, 3, 5), true, true, true, "I feel safe now"),
                                new HistoricEnquiry.Visit(LocalDate.of(2025, 6, 20), true, false, true, null)),
                        null, null),
                new HistoricEnquiry(c, LocalDateTime.of(2024, 5, 2, 10, 0), Set.of(Agency.HEALTH, Agency.SOCIAL_CARE), "Neglect seen by the health visitor",
                        Section47Outcome.SUBSTANTIATED_ICPC, LocalDate.of(2024, 5, 10), null, LocalDate.of(2024, 5, 20), ConferenceOutcome.PLAN,
                        Set.of(AbuseCategory.NEG), List.of(), List.of(LocalDate.of(2024, 8, 15), LocalDate.of(2025, 1, 15)),
                        List.of(new HistoricEnquiry.Visit(LocalDate.of(2024, 12, 20), true, true, true, null)),
                        LocalDate.of(2025, 1, 15), "Risk reduced"),
                new HistoricEnquiry(c, LocalDateTime.of(2025, 4, 2, 10, 0), Set.of(Agency.SOCIAL_CARE), "New concern from early help",
                        Section47Outcome.NOT_SUBSTANTIATED, LocalDate.of(2025, 4, 12), "No evidence of harm", null, null,
                        Set.of(), List.of(), List.of(), List.of(), null, null))));

        TestData.asSystem(() -> childInNeed.load(List.of(
                new HistoricCinPlan(a, LocalDate.of(2025, 3, 26), "Asha Khan", "Support at home and school", null, List.of(),
                        List.of(visit(LocalDate.of(2025, 5, 20), true), visit(LocalDate.of(2025, 6, 10), false),
                                // seen after the reference date: not the "last seen" of a list for it
                                visit(LocalDate.of(2025, 7, 2), true)),
                        null, null))));

        // Benjamin's emergency protection order in February 2025 (within the six months); Cleo's police protection ended
        // the day before them (not within)
        order(mvc, b, benName, "EMERGENCY_PROTECTION_ORDER", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 11));
        order(mvc, c, ashaName, "POLICE_PROTECTION", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 29));
        Cared cared = cared(prefix, team, asha, ben, ids);
        return new Built(team, teamName, asha, ben, amy, benjamin, cleo, dev, eve, ids, cared);
    }

    /** The children of lists 8 to 11, in the same team: their stories are told beside them. */
    private Cared cared(String prefix, UUID team, UUID asha, UUID ben, Map<String, UUID> ids) {
        String fay = prefix + "6", gus = prefix + "7", hana = prefix + "8", ivy = prefix + "9", jack = prefix + "10", kit = prefix + "11",
                lou = prefix + "12";
        TestData.asSystem(() -> people.load(List.of(
                child(fay, "Fay", Sex.FEMALE, LocalDate.of(2011, 5, 5), Ethnicity.WBRI, Set.of(Disability.NONE), team),
                child(gus, "Gus", Sex.MALE, LocalDate.of(2008, 3, 1), Ethnicity.APKN, Set.of(Disability.LD), team),
                child(hana, "Hana", Sex.FEMALE, LocalDate.of(2004, 1, 1), Ethnicity.WBRI, Set.of(Disability.NONE), team),
                child(ivy, "Ivy", Sex.FEMALE, LocalDate.of(2022, 2, 2), Ethnicity.WBRI, Set.of(Disability.NONE), team),
                child(jack, "Jack", Sex.MALE, LocalDate.of(2023, 3, 3), Ethnicity.WBRI, Set.of(Disability.NONE), team),
                child(kit, "Kit", Sex.FEMALE, LocalDate.of(2020, 4, 4), Ethnicity.WBRI, Set.of(Disability.NONE), team),
                child(lou, "Lou", Sex.MALE, LocalDate.of(2019, 9, 9), Ethnicity.WBRI, Set.of(Disability.NONE), team))));
        for (String localId : List.of(fay, gus, hana, ivy, jack, kit, lou)) {
            ids.put(localId, jdbc.sql("select id from person where local_id = :l").param("l", localId).query(UUID.class).single());
        }
        UUID f = ids.get(fay), g = ids.get(gus), h = ids.get(hana);
        String piaName = TestData.unique("pia");
        UUID pia = TestData.asSystem(() -> administration.createUser(new NewUser(piaName, "Pia Adebayo", Role.PERSONAL_ADVISER, team, null, "demo", null)));
        TestData.asSystem(() -> workforce.load(Map.of(), List.of(), List.of(
                new HistoricAllocation(f, asha, LocalDate.of(2024, 8, 20), "Referral", null, null),
                // Gus was Ben's while in care, and has been his personal adviser Pia's since he left it
                new HistoricAllocation(g, ben, LocalDate.of(2024, 10, 1), "Became looked after", LocalDate.of(2025, 3, 1), "Left care"),
                new HistoricAllocation(g, pia, LocalDate.of(2025, 3, 1), "Left care", null, null))));
        // Fay's children in need episode, open since before the window, makes her a row of list 6: looked after at the reference date
        TestData.asSystem(() -> frontDoor.load(List.of(referral(f, LocalDate.of(2024, 8, 20), ReferralSource.SCHOOLS, PrimaryNeed.N1, null, null, false))));

        Placement fostered = new Placement(PlacementType.U6, PlacementProvider.PR1, null, null, false);
        Placement home = new Placement(PlacementType.K2, PlacementProvider.PR4, "SC123456", Postcode.of("NM2 2BB"), false);
        Postcode at = Postcode.of("NM1 1AA");
        TestData.asSystem(() -> care.load(List.of(
                // Fay: a first period that ended before the window (not listed itself, but within the 12 months, so her
                // second is "a second period"), then a second: accommodated, a care order from 1 March (legal status
                // changed, same placement), a children's home from 15 April (her third placement in the 12 months)
                new HistoricPeriodOfCare(f, false, null, List.of(new HistoricPeriodOfCare.Change(LocalDate.of(2024, 9, 1), LegalStatus.V2,
                        PrimaryNeed.N1, fostered, at, false, null)), LocalDate.of(2024, 11, 30), ReasonEpisodeCeased.E4A, List.of(), List.of(),
                        List.of(), List.of(LocalDate.of(2024, 10, 1)), "Iris Rowe"),
                new HistoricPeriodOfCare(f, false, null, List.of(
                        new HistoricPeriodOfCare.Change(LocalDate.of(2025, 1, 10), LegalStatus.V2, PrimaryNeed.N1, fostered, at, false, null),
                        new HistoricPeriodOfCare.Change(LocalDate.of(2025, 3, 1), LegalStatus.C2, PrimaryNeed.N1, fostered, at, false, null),
                        new HistoricPeriodOfCare.Change(LocalDate.of(2025, 4, 15), LegalStatus.C2, PrimaryNeed.N1, home, at, true,
                                ReasonPlacementChanged.CARPL)),
                        null, null, List.of(LocalDate.of(2025, 2, 5), LocalDate.of(2025, 5, 1)),
                        // the visit of 5 July is after the reference date
                        List.of(new HistoricPeriodOfCare.Visit(LocalDate.of(2025, 6, 1), true, true, null, "Asha Khan"),
                                new HistoricPeriodOfCare.Visit(LocalDate.of(2025, 7, 5), true, true, null, "Asha Khan")),
                        List.of(LocalDate.of(2025, 2, 1)), List.of(), "Iris Rowe"),
                // Gus: an unaccompanied asylum-seeking child in care from October 2024 until he moved to supported
                // independent living on 1 March 2025, within the six months
                new HistoricPeriodOfCare(g, true, null, List.of(new HistoricPeriodOfCare.Change(LocalDate.of(2024, 10, 1), LegalStatus.V2,
                        PrimaryNeed.N4, new Placement(PlacementType.U4, PlacementProvider.PR2, null, null, false), at, false, null)),
                        LocalDate.of(2025, 3, 1), ReasonEpisodeCeased.E5, List.of(LocalDate.of(2024, 11, 15)),
                        List.of(new HistoricPeriodOfCare.Visit(LocalDate.of(2024, 12, 1), true, false, null, "Ben Osei")),
                        List.of(LocalDate.of(2024, 10, 20)), List.of(), "Iris Rowe"))));
        // Fay's second period: a plan to return home agreed at her first review, replaced on 1 May 2025 by long-term
        // fostering (her plan at the reference date); the IRO saw her on 20 April 2025 and again after the reference date
        UUID second = jdbc.sql("select id from period_of_care where person_id = :p and start_date = '2025-01-10'").param("p", f)
                .query(UUID.class).single();
        jdbc.sql("""
                insert into permanence_plan (id, person_id, period_id, kind, is_primary, agreed_on, ended_on, end_reason, created_by)
                values (gen_random_uuid(), :p, :period, 'a', true, '2025-02-05', '2025-05-01', 'REPLACED', 'test'),
                       (gen_random_uuid(), :p, :period, 'f', true, '2025-05-01', null, null, 'test')""").param("p", f).param("period", second).update();
        jdbc.sql("""
                insert into iro_contact (id, person_id, period_id, contact_date, method, seen_alone, iro, created_by)
                values (gen_random_uuid(), :p, :period, '2025-04-20', 'VISIT', true, 'Iris Rowe', 'test'),
                       (gen_random_uuid(), :p, :period, '2025-07-10', 'PHONE', false, 'Iris Rowe', 'test')""").param("p", f).param("period", second).update();
        // Fay went missing three times and was away once: a missing episode more than 12 months before (not counted), one in
        // May whose return interview she accepted, an absence in June, and a missing episode after the reference date
        TestData.asSystem(() -> exploitation.load(new ExploitationBulkLoad.Load(List.of(
                missing(f, MissingKind.MISSING, LocalDateTime.of(2024, 6, 1, 22, 0), null),
                missing(f, MissingKind.MISSING, LocalDateTime.of(2025, 5, 10, 22, 0),
                        new ReturnHomeInterview(LocalDateTime.of(2025, 5, 12, 10, 0), "Return interview service", true, LocalDate.of(2025, 5, 14),
                                null, Set.of(), Set.of())),
                missing(f, MissingKind.AWAY, LocalDateTime.of(2025, 6, 1, 20, 0), null),
                missing(f, MissingKind.MISSING, LocalDateTime.of(2025, 7, 2, 20, 0), null)), List.of(), List.of(), List.of(), List.of())));

        TestData.asSystem(() -> careLeavers.load(List.of(
                // Gus, relevant since he left care at 17; a contact after the reference date is not his latest for it
                new HistoricCareLeaver(g, EligibilityCategory.RELEVANT, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15), null, null, null, null,
                        List.of(new HistoricCareLeaver.Contact(LocalDate.of(2025, 5, 1), InTouch.YES, ContactMethod.VISIT, null),
                                new HistoricCareLeaver.Contact(LocalDate.of(2025, 7, 1), InTouch.NO, ContactMethod.PHONE, null)),
                        List.of(new HistoricCareLeaver.Accommodation(LocalDate.of(2025, 3, 1), AccommodationType.D, true)),
                        List.of(new HistoricCareLeaver.ActivityFrom(LocalDate.of(2025, 3, 1), Activity.G5)),
                        List.of(new HistoricCareLeaver.Review(LocalDate.of(2025, 4, 1), "Gus and Pia", null))),
                // Hana, former relevant, whose support ended before the reference date: not listed
                new HistoricCareLeaver(h, EligibilityCategory.FORMER_RELEVANT, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1), null, null, null,
                        LocalDate.of(2025, 1, 1), List.of(), List.of(), List.of(), List.of()))));

        String familyA = prefix + "FA", familyB = prefix + "FB", familyC = prefix + "FC";
        TestData.asSystem(() -> adoption.load(List.of(
                        // two women approved in December 2023, who adopted Ivy in September 2024 (within the 12 months)
                        new HouseholdDetails(familyA, "Ann Adams", "Bea Adams", AdoptersSex.FF, AdoptersLegalStatus.L12, false,
                                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 15), LocalDate.of(2023, 7, 15), LocalDate.of(2023, 7, 16),
                                LocalDate.of(2023, 11, 15), LocalDate.of(2023, 12, 1), ApprovedBy.PANEL_AND_ADM, null, null),
                        // a man fostering for adoption, in stage 1 since February 2025
                        new HouseholdDetails(familyB, "Cal Brown", null, AdoptersSex.M1, null, true, LocalDate.of(2025, 1, 15),
                                LocalDate.of(2025, 2, 1), null, null, null, null, null, null, null),
                        // a woman who withdrew before the 12 months: not listed
                        new HouseholdDetails(familyC, "Dee Cole", null, AdoptersSex.F1, null, false, LocalDate.of(2023, 1, 1),
                                LocalDate.of(2023, 1, 10), null, null, null, null, null, LocalDate.of(2024, 1, 1), AdopterLeavingReason.WITHDREW)),
                List.of(
                        // Ivy, adopted on 1 September 2024 by family A
                        new AdoptionBulkLoad.HistoricAdoption(ids.get(ivy), LocalDate.of(2022, 2, 2), familyA, milestones(LocalDate.of(2023, 1, 1),
                                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1),
                                LocalDate.of(2024, 9, 1), null, null)),
                        // Jack, a current case: a placement order, no match yet
                        new AdoptionBulkLoad.HistoricAdoption(ids.get(jack), LocalDate.of(2023, 3, 3), null, milestones(LocalDate.of(2024, 6, 1),
                                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 5, 1), null, null, null, null, null)),
                        // Kit, whose decision was reversed in January 2025 (within the 12 months)
                        new AdoptionBulkLoad.HistoricAdoption(ids.get(kit), LocalDate.of(2020, 4, 4), null, milestones(LocalDate.of(2022, 6, 1),
                                LocalDate.of(2023, 1, 1), null, null, null, null, LocalDate.of(2025, 1, 10), ReversalReason.RD3)),
                        // Lou, whose decision was reversed in May 2024 (before the 12 months): not listed
                        new AdoptionBulkLoad.HistoricAdoption(ids.get(lou), LocalDate.of(2019, 9, 9), null, milestones(LocalDate.of(2020, 6, 1),
                                LocalDate.of(2021, 1, 1), null, null, null, null, LocalDate.of(2024, 5, 1), ReversalReason.RD1))),
                List.of(), LocalDate.now()));
        return new Cared(fay, gus, hana, ivy, jack, kit, lou, familyA, familyB, familyC);
    }

    private static AdoptionMilestones milestones(LocalDate enteredCare, LocalDate decision, LocalDate placementOrder, LocalDate matched,
                                                 LocalDate placed, LocalDate adopted, LocalDate reversed, ReversalReason reason) {
        return new AdoptionMilestones(enteredCare, decision, placementOrder == null ? null : PlacementAuthority.PLACEMENT_ORDER,
                placementOrder, placementOrder == null ? null : "Northmoor Family Court", matched, null, null, null, placed, adopted,
                reversed, reason, Set.of(), null, null);
    }

    private static MissingEpisode missing(UUID child, MissingKind kind, LocalDateTime started, ReturnHomeInterview interview) {
        return new MissingEpisode(UUID.randomUUID(), child, kind, started, started.plusHours(12), "At a friend's", true, null,
                interview == null ? ReturnHomeInterview.NONE : interview, 0,
                null, "system");
    }

    static NewPerson child(String localId, String first, Sex sex, LocalDate born, Ethnicity ethnicity, Set<Disability> disabilities, UUID team) {
        var address = new NewAddress("1 Annex Row", null, "Northmoor", Postcode.of("NM1 1AA"), LocalDate.of(2008, 1, 1));
        return new NewPerson(localId, new PersonDetails(first, null, "Annex", null, sex, null, born, null, ethnicity, null, null, false,
                disabilities, null, UpnUnknownReason.UN1, null, false, null, null, team, false, null), address, List.of());
    }

    private static NewContact contact(UUID person, LocalDate day, ReferralSource source) {
        return new NewContact(person, day.atTime(8, 30), source, "A caller", null, "Worried about the child", Consent.GIVEN, null, null);
    }

    static HistoricContact decided(UUID person, LocalDate day, ReferralSource source, ContactOutcome outcome,
                                           HistoricContact.ReferralHistory referral, HistoricContact.EarlyHelpHistory earlyHelp) {
        return new HistoricContact(contact(person, day, source), new ContactDecision(outcome, day.atTime(9, 0), "Threshold considered"),
                "Cara Lund", referral, earlyHelp);
    }

    private static HistoricContact referral(UUID person, LocalDate day, ReferralSource source, PrimaryNeed need, LocalDate closed,
                                            ReasonForClosure reason, boolean noFurtherAction) {
        return decided(person, day, source, ContactOutcome.REFERRAL_TO_SOCIAL_CARE,
                new HistoricContact.ReferralHistory(need, closed, reason, noFurtherAction), null);
    }

    private static HistoricContact strategy(UUID person, LocalDate day, ReferralSource source, LocalDate closed, ReasonForClosure reason) {
        return decided(person, day, source, ContactOutcome.STRATEGY_DISCUSSION,
                new HistoricContact.ReferralHistory(PrimaryNeed.N1, closed, reason, false), null);
    }

    private static HistoricContact earlyHelp(UUID person, LocalDate day, ReferralSource source, String organisation, LocalDate ended) {
        return decided(person, day, source, ContactOutcome.EARLY_HELP, null,
                new HistoricContact.EarlyHelpHistory(organisation, null, ended, ended == null ? null : EarlyHelpEndReason.OUTCOMES_MET));
    }

    private static HistoricCinPlan.Visit visit(LocalDate day, boolean seen) {
        return new HistoricCinPlan.Visit(day.atTime(10, 0), seen, false, BedroomSeen.YES, null, "Home calm", "Asha Khan");
    }

    private static void order(MockMvc mvc, UUID child, String worker, String kind, LocalDate start, LocalDate end) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", kind);
        JourneyForms.date(f, "startDate", start);
        JourneyForms.date(f, "endDate", end);
        mvc.perform(JourneyForms.form(post("/children/" + child + "/protection/orders/new"), f).with(user(worker).roles("SOCIAL_WORKER")))
                .andExpect(status().is3xxRedirection());
    }
}
