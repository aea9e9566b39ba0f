package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import uk.opencsc.assessment.AssessmentFactor;
import uk.opencsc.assessment.AssessmentOutcome;
import uk.opencsc.assessment.HistoricAssessment;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.ReasonForClosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.demo.SyntheticFrontDoorTest.CALENDAR;
import static uk.opencsc.demo.SyntheticFrontDoorTest.TODAY;
import static uk.opencsc.demo.SyntheticFrontDoorTest.children;

class SyntheticAssessmentsTest {

    static final DemoSpecification CITY = new DemoSpecification(60_000, 2026, TODAY);
    static final List<HistoricContact> CONTACTS = SyntheticFrontDoor.generate(CITY, children(24_000), List.of("tm.one", "tm.two"), CALENDAR);
    static final List<HistoricAssessment> ASSESSMENTS = SyntheticAssessments.generate(CITY, CONTACTS, List.of(),
            List.of("sw.one", "sw.two"), List.of("tm.one", "tm.two"), CALENDAR);

    /** Working days from the referral of each authorised assessment to its authorisation. */
    static List<Integer> workingDaysToAuthorisation() {
        Map<UUID, List<LocalDate>> referrals = new HashMap<>();
        CONTACTS.stream().filter(c -> c.referral() != null).forEach(c -> referrals
                .computeIfAbsent(c.contact().personId(), k -> new ArrayList<>()).add(c.decision().decidedAt().toLocalDate()));
        List<Integer> days = new ArrayList<>();
        for (HistoricAssessment a : ASSESSMENTS) {
            if (a.authorisationDate() != null) {
                LocalDate referred = referrals.get(a.personId()).stream().filter(d -> !d.isAfter(a.startDate())).max(LocalDate::compareTo).orElseThrow();
                days.add(CALENDAR.workingDaysBetween(referred, a.authorisationDate()));
            }
        }
        Collections.sort(days);
        return days;
    }

    @Test
    void a_large_city_with_about_10000_referrals_has_about_9000_to_9500_assessments_a_year() {
        long referrals = CONTACTS.stream().filter(c -> c.referral() != null).count();
        assertThat(ASSESSMENTS.size()).isBetween(8_500, 9_800);
        assertThat((double) ASSESSMENTS.size() / referrals).isBetween(0.85, 0.97);
    }

    @Test
    void most_are_authorised_within_45_working_days_with_a_median_near_30_and_the_late_ones_have_a_reason() {
        List<Integer> days = workingDaysToAuthorisation();
        long onTime = days.stream().filter(d -> d <= 45).count();
        assertThat((double) onTime / days.size()).isBetween(0.78, 0.90);
        assertThat(days.get(days.size() / 2)).isBetween(25, 35);
        assertThat(ASSESSMENTS).filteredOn(a -> a.authorisationDate() != null && a.authorisationDate()
                        .isAfter(CALENDAR.addWorkingDays(a.startDate(), WorkingDays.of(48))))
                .isNotEmpty().allSatisfy(a -> assertThat(a.delayReason()).isNotBlank());
    }

    @Test
    void some_are_still_in_progress_today_and_some_of_those_are_overdue() {
        List<HistoricAssessment> open = ASSESSMENTS.stream().filter(a -> a.authorisationDate() == null).toList();
        assertThat(open.size()).isBetween(600, 2_000);
        assertThat(open).filteredOn(a -> a.submittedOn() != null).isNotEmpty();
        assertThat(open).filteredOn(a -> CALENDAR.addWorkingDays(a.startDate(), WorkingDays.of(45)).isBefore(TODAY)).isNotEmpty();
    }

    @Test
    void domestic_abuse_and_parental_mental_health_are_the_commonest_factors() {
        Map<AssessmentFactor, Long> counts = new HashMap<>();
        ASSESSMENTS.forEach(a -> a.factors().forEach(f -> counts.merge(f, 1L, Long::sum)));
        List<AssessmentFactor> commonest = counts.entrySet().stream().sorted(Map.Entry.<AssessmentFactor, Long>comparingByValue().reversed())
                .limit(2).map(Map.Entry::getKey).toList();
        assertThat(commonest).containsExactlyInAnyOrder(AssessmentFactor.F4B, AssessmentFactor.F3B);
        assertThat(ASSESSMENTS).allSatisfy(a -> assertThat(!a.factors().contains(AssessmentFactor.F21) || a.factors().size() == 1).isTrue());
    }

    @Test
    void outcomes_follow_how_the_episode_closed() {
        Map<UUID, List<HistoricContact>> rc8 = new HashMap<>();
        CONTACTS.stream().filter(c -> c.referral() != null && c.referral().reason() == ReasonForClosure.RC8)
                .forEach(c -> rc8.computeIfAbsent(c.contact().personId(), k -> new ArrayList<>()).add(c));
        assertThat(ASSESSMENTS).filteredOn(a -> a.outcome() == AssessmentOutcome.NO_FURTHER_ACTION).isNotEmpty();
        assertThat(ASSESSMENTS).filteredOn(a -> a.outcome() == AssessmentOutcome.CIN_PLAN).hasSizeGreaterThan(ASSESSMENTS.size() / 4);
        assertThat(ASSESSMENTS).filteredOn(a -> a.outcome() == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP).isNotEmpty();
    }

    @Test
    void the_same_seed_and_day_give_the_same_assessments() {
        assertThat(SyntheticAssessments.generate(CITY, CONTACTS, List.of(), List.of("sw.one", "sw.two"), List.of("tm.one", "tm.two"), CALENDAR))
                .isEqualTo(ASSESSMENTS);
    }
}
