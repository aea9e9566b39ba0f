package uk.opencsc.returns;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import uk.opencsc.access.Role;
import uk.opencsc.assessment.AssessmentBulkLoad;
import uk.opencsc.assessment.AssessmentFactor;
import uk.opencsc.assessment.AssessmentOutcome;
import uk.opencsc.assessment.ChildSeen;
import uk.opencsc.assessment.HistoricAssessment;
import uk.opencsc.childinneed.ChildInNeedBulkLoad;
import uk.opencsc.childinneed.CinPlanEndReason;
import uk.opencsc.childinneed.HistoricCinPlan;
import uk.opencsc.protection.AbuseCategory;
import uk.opencsc.protection.Agency;
import uk.opencsc.protection.ConferenceOutcome;
import uk.opencsc.protection.HistoricEnquiry;
import uk.opencsc.protection.ProtectionBulkLoad;
import uk.opencsc.protection.Section47Outcome;
import uk.opencsc.returns.cin.CinCensusExport;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CIN census of the year ending 31 March 2016, exported from a small authority built as its old system would
 * load it (the modules' bulk loads): valid against the DfE's schema, with the children and episodes the census
 * guide puts in scope and nothing dated after the reference date.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CinCensusExportTest {

    static final int YEAR = 2016;

    @Autowired CinCensusExport export;
    @Autowired TestData data;
    @Autowired CensusFixtures fixtures;
    @Autowired AssessmentBulkLoad assessments;
    @Autowired ChildInNeedBulkLoad childInNeed;
    @Autowired ProtectionBulkLoad protection;

    final String prefix = CensusFixtures.uniquePrefix();
    String closedBefore, openAcross, noFurtherAction, referredAfter, protectedChild, unborn, bornAfter;
    byte[] xml;
    Document census;
    CinCensusExport.Result result;

    @BeforeAll
    void an_authority_with_seven_children_around_the_2016_census() throws Exception {
        UUID team = data.aTeam("Children in need and protection");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, null);
        String manager = data.aUser(Role.TEAM_MANAGER, team, null);
        closedBefore = prefix + "A";
        openAcross = prefix + "B";
        noFurtherAction = prefix + "C";
        referredAfter = prefix + "D";
        protectedChild = prefix + "E";
        unborn = prefix + "F";
        bornAfter = prefix + "G";
        fixtures.aChild(closedBefore, LocalDate.of(2010, 1, 1), null, team);
        fixtures.aChild(openAcross, LocalDate.of(2011, 2, 2), null, team);
        fixtures.aChild(noFurtherAction, LocalDate.of(2012, 3, 3), null, team);
        fixtures.aChild(referredAfter, LocalDate.of(2013, 4, 4), null, team);
        fixtures.aChild(protectedChild, LocalDate.of(2009, 5, 5), null, team);
        fixtures.aChild(unborn, null, LocalDate.of(2016, 6, 1), team);
        fixtures.aChild(bornAfter, LocalDate.of(2016, 5, 10), null, team);
        fixtures.aReferral(closedBefore, LocalDate.of(2014, 6, 2), LocalDate.of(2015, 3, 20), false, manager);
        // closed after the reference date: open on it, so no closure in this census
        fixtures.aReferral(openAcross, LocalDate.of(2015, 2, 10), LocalDate.of(2016, 6, 30), false, manager);
        fixtures.aReferral(noFurtherAction, LocalDate.of(2015, 9, 1), LocalDate.of(2015, 9, 1), true, manager);
        fixtures.aReferral(referredAfter, LocalDate.of(2016, 4, 5), null, false, manager);
        fixtures.aReferral(protectedChild, LocalDate.of(2015, 5, 1), null, false, manager);
        fixtures.aReferral(unborn, LocalDate.of(2016, 1, 15), null, false, manager);
        // referred before birth; the record now holds the date of birth
        fixtures.aReferral(bornAfter, LocalDate.of(2016, 1, 20), null, false, manager);
        TestData.asSystem(() -> assessments.load(List.of(
                new HistoricAssessment(person(protectedChild), LocalDate.of(2015, 5, 1), worker, "Test worker",
                        List.of(new ChildSeen(LocalDate.of(2015, 5, 4), true)), "I want to stay at home",
                        Set.of(AssessmentFactor.F3A, AssessmentFactor.F4B), "Domestic abuse at home", AssessmentOutcome.STRATEGY_DISCUSSION,
                        LocalDate.of(2015, 5, 20), LocalDate.of(2015, 6, 1), manager, "Analysis sound", LocalDate.of(2015, 6, 2), null),
                // authorised before the year began: not in this census
                new HistoricAssessment(person(openAcross), LocalDate.of(2015, 2, 11), worker, "Test worker",
                        List.of(new ChildSeen(LocalDate.of(2015, 2, 12), false)), null, Set.of(AssessmentFactor.F4B), "Needs support",
                        AssessmentOutcome.CIN_PLAN, null, LocalDate.of(2015, 3, 1), manager, "Agreed", LocalDate.of(2015, 3, 2), null))));
        TestData.asSystem(() -> childInNeed.load(List.of(
                new HistoricCinPlan(person(openAcross), LocalDate.of(2015, 3, 5), "Test worker", "Support at home", null,
                        List.of(), List.of(), LocalDate.of(2016, 6, 30), CinPlanEndReason.EPISODE_CLOSED))));
        TestData.asSystem(() -> protection.load(List.of(
                new HistoricEnquiry(person(protectedChild), LocalDateTime.of(2015, 6, 3, 10, 0), Set.of(Agency.POLICE, Agency.SOCIAL_CARE),
                        "Injury seen at school", Section47Outcome.SUBSTANTIATED_ICPC, LocalDate.of(2015, 6, 10), null,
                        LocalDate.of(2015, 6, 20), ConferenceOutcome.PLAN, Set.of(AbuseCategory.PHY), List.of(LocalDate.of(2015, 6, 30)),
                        // one review before the reference date, one after it (not in this census); the plan ends after it too
                        List.of(LocalDate.of(2015, 9, 18), LocalDate.of(2016, 4, 15)), List.of(), LocalDate.of(2016, 4, 15),
                        "Risk reduced"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = export.write(YEAR, out, n -> { });
        xml = out.toByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        census = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    UUID person(String localId) {
        return fixtures.person(localId);
    }

    @Test
    void the_exported_census_is_valid_against_the_dfe_schema() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/returns/CIN_schema_2026.xsd")));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void the_header_names_the_collection_the_reference_date_the_authority_and_the_software() throws Exception {
        assertThat(text("/Message/Header/CollectionDetails/Collection")).isEqualTo("CIN");
        assertThat(text("/Message/Header/CollectionDetails/Year")).isEqualTo("2016");
        assertThat(text("/Message/Header/CollectionDetails/ReferenceDate")).isEqualTo("2016-03-31");
        assertThat(text("/Message/Header/Source/LEA")).isEqualTo("999");
        assertThat(text("/Message/Header/Source/SoftwareCode")).isEqualTo("OpenCSC");
    }

    @Test
    void a_child_whose_only_episode_closed_before_1_april_is_not_in_the_census() throws Exception {
        assertThat(childIds()).doesNotContain(closedBefore);
    }

    @Test
    void a_child_referred_after_the_reference_date_is_not_in_the_census() throws Exception {
        assertThat(childIds()).doesNotContain(referredAfter);
    }

    @Test
    void an_episode_open_across_1_april_is_in_and_open_at_the_reference_date_when_it_closed_after_it() throws Exception {
        assertThat(childIds()).contains(openAcross);
        assertThat(text(child(openAcross) + "/CINdetails/CINreferralDate")).isEqualTo("2015-02-10");
        assertThat(count(child(openAcross) + "/CINdetails/CINclosureDate")).isZero();
        assertThat(count(child(openAcross) + "/CINdetails/ReasonForClosure")).isZero();
        // its CIN plan, open across 1 April, is in; its assessment, authorised before 1 April, is not
        assertThat(text(child(openAcross) + "/CINdetails/CINPlanDates/CINPlanStartDate")).isEqualTo("2015-03-05");
        assertThat(count(child(openAcross) + "/CINdetails/CINPlanDates/CINPlanEndDate")).isZero();
        assertThat(count(child(openAcross) + "/CINdetails/Assessments")).isZero();
    }

    @Test
    void a_referral_closed_with_no_further_action_in_the_year_is_in_with_referral_nfa() throws Exception {
        assertThat(text(child(noFurtherAction) + "/CINdetails/ReferralNFA")).isEqualTo("1");
        assertThat(text(child(noFurtherAction) + "/CINdetails/CINclosureDate")).isEqualTo("2015-09-01");
        assertThat(text(child(noFurtherAction) + "/CINdetails/ReasonForClosure")).isEqualTo("RC8");
        assertThat(text(child(openAcross) + "/CINdetails/ReferralNFA")).isEqualTo("0");
    }

    @Test
    void an_unborn_child_is_in_with_the_expected_date_of_birth_and_no_date_of_birth() throws Exception {
        assertThat(text(child(unborn) + "/ChildIdentifiers/ExpectedPersonBirthDate")).isEqualTo("2016-06-01");
        assertThat(count(child(unborn) + "/ChildIdentifiers/PersonBirthDate")).isZero();
        assertThat(text(child(unborn) + "/ChildIdentifiers/UPNunknown")).isEqualTo("UN1");
        assertThat(text(child(unborn) + "/ChildCharacteristics/Disabilities/Disability")).isEqualTo("NONE");
    }

    @Test
    void a_child_born_after_the_reference_date_was_unborn_on_it_so_their_birth_date_is_the_expected_one() throws Exception {
        assertThat(text(child(bornAfter) + "/ChildIdentifiers/ExpectedPersonBirthDate")).isEqualTo("2016-05-10");
        assertThat(count(child(bornAfter) + "/ChildIdentifiers/PersonBirthDate")).isZero();
    }

    @Test
    void a_child_unborn_on_the_reference_date_has_sex_U_though_their_record_now_says_female_so_rule_8750_does_not_fail()
            throws Exception {
        assertThat(text(child(bornAfter) + "/ChildIdentifiers/Sex")).isEqualTo("U");
        assertThat(text(child(unborn) + "/ChildIdentifiers/Sex")).isEqualTo("U");
        assertThat(text(child(openAcross) + "/ChildIdentifiers/Sex")).isEqualTo("F");
        assertThat(result.report().failures()).filteredOn(failure -> failure.child() != null && failure.child().startsWith(prefix))
                .extracting(failure -> failure.code()).doesNotContain("8750");
    }

    @Test
    void a_conference_is_written_once_in_its_section_47_so_rule_2884_does_not_fail() throws Exception {
        assertThat(result.report().failures()).filteredOn(failure -> protectedChild.equals(failure.child()))
                .extracting(failure -> failure.code()).doesNotContain("2884");
        assertThat(texts(child(protectedChild) + "//DateOfInitialCPC")).containsExactly("2015-06-20");
    }

    @Test
    void the_assessment_enquiry_conference_and_plan_of_the_year_are_in_with_nothing_after_the_reference_date() throws Exception {
        String episode = child(protectedChild) + "/CINdetails";
        assertThat(text(episode + "/Assessments/AssessmentActualStartDate")).isEqualTo("2015-05-01");
        assertThat(text(episode + "/Assessments/AssessmentInternalReviewDate")).isEqualTo("2015-05-20");
        assertThat(text(episode + "/Assessments/AssessmentAuthorisationDate")).isEqualTo("2015-06-02");
        assertThat(texts(episode + "/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors")).containsExactly("3A", "4B");
        assertThat(text(episode + "/Section47/S47ActualStartDate")).isEqualTo("2015-06-03");
        assertThat(text(episode + "/Section47/DateOfInitialCPC")).isEqualTo("2015-06-20");
        assertThat(text(episode + "/Section47/ICPCnotRequired")).isEqualTo("0");
        // in the enquiry only: the same conference at the episode's level too would break rule 2884
        assertThat(count(episode + "/DateOfInitialCPC")).isZero();
        assertThat(text(episode + "/ChildProtectionPlans/CPPstartDate")).isEqualTo("2015-06-20");
        assertThat(count(episode + "/ChildProtectionPlans/CPPendDate")).isZero();
        assertThat(text(episode + "/ChildProtectionPlans/InitialCategoryOfAbuse")).isEqualTo("PHY");
        assertThat(text(episode + "/ChildProtectionPlans/NumberOfPreviousCPP")).isEqualTo("0");
        assertThat(texts(episode + "/ChildProtectionPlans/Reviews/CPPreviewDate")).containsExactly("2015-09-18");
    }

    String child(String localId) {
        return "/Message/Children/Child[ChildIdentifiers/LAchildID='" + localId + "']";
    }

    List<String> childIds() throws Exception {
        return texts("/Message/Children/Child/ChildIdentifiers/LAchildID");
    }

    String text(String path) throws Exception {
        List<String> values = texts(path);
        assertThat(values).as(path).hasSize(1);
        return values.getFirst();
    }

    int count(String path) throws Exception {
        return texts(path).size();
    }

    List<String> texts(String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, census, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getTextContent());
        }
        return values;
    }
}
