package uk.opencsc.returns.cin;

import org.junit.jupiter.api.Test;
import uk.opencsc.returns.cin.rules.ElementPath;

import static org.assertj.core.api.Assertions.assertThat;

class CensusPlaceTest {

    @Test
    void an_assessment_date_is_named_within_its_referral_and_corrected_on_the_assessments_page() {
        assertThat(CensusPlace.of(ElementPath.of("CINdetails[2]/Assessments[1]/AssessmentActualStartDate")))
                .isEqualTo(new CensusPlace("the start date of assessment 1 of referral 2", "/assessments"));
    }

    @Test
    void the_childs_identifiers_are_corrected_on_the_edit_page() {
        assertThat(CensusPlace.of(ElementPath.of("ChildIdentifiers/PersonBirthDate")))
                .isEqualTo(new CensusPlace("the date of birth", "/edit"));
        assertThat(CensusPlace.of(ElementPath.of("ChildCharacteristics/Disabilities/Disability")))
                .isEqualTo(new CensusPlace("a disability", "/edit"));
    }

    @Test
    void a_referral_field_is_corrected_on_the_front_door_page_and_a_plan_on_the_protection_page() {
        assertThat(CensusPlace.of(ElementPath.of("CINdetails[1]/CINclosureDate")))
                .isEqualTo(new CensusPlace("the closure date of referral 1", "/front-door"));
        assertThat(CensusPlace.of(ElementPath.of("CINdetails[3]/ChildProtectionPlans[2]/Reviews/CPPreviewDate")))
                .isEqualTo(new CensusPlace("a review conference date of child protection plan 2 of referral 3", "/protection"));
    }

    @Test
    void a_whole_section_is_named_as_the_worker_knows_it() {
        assertThat(CensusPlace.of(ElementPath.of("CINdetails[1]"))).isEqualTo(new CensusPlace("referral 1", "/front-door"));
        assertThat(CensusPlace.of(ElementPath.of("CINdetails[1]/CINPlanDates[2]")))
                .isEqualTo(new CensusPlace("child in need plan 2 of referral 1", "/child-in-need"));
    }
}
