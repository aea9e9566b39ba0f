package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import uk.opencsc.care.CareWellbeingRules;
import uk.opencsc.care.HistoricPeriodOfCare;
import uk.opencsc.care.HistoricWellbeing;
import uk.opencsc.care.LegalStatus;
import uk.opencsc.care.Placement;
import uk.opencsc.care.PlacementProvider;
import uk.opencsc.care.PlacementType;
import uk.opencsc.care.YearGroup;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.PersonLookup.PersonSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCareWellbeingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final int CHILDREN = 4_000;

    final Map<UUID, PersonSummary> persons = new HashMap<>();
    final List<HistoricPeriodOfCare> periods = new ArrayList<>();

    SyntheticCareWellbeingTest() {
        SplittableRandom random = new SplittableRandom(7);
        Placement foster = new Placement(PlacementType.U6, PlacementProvider.PR1, null, null, false);
        for (int i = 0; i < CHILDREN; i++) {
            UUID id = UUID.randomUUID();
            LocalDate born = TODAY.minusDays(30 + random.nextInt(17 * 365));
            LocalDate start = born.plusDays(1 + random.nextLong(Math.max(1, TODAY.toEpochDay() - born.toEpochDay() - 1)));
            persons.put(id, new PersonSummary(id, "L" + i, "Child " + i, born, null, null));
            periods.add(new HistoricPeriodOfCare(id, false, null, List.of(new HistoricPeriodOfCare.Change(start, LegalStatus.C2,
                    PrimaryNeed.N1, foster, null, true, null)), null, null, List.of(), List.of(), List.of(), List.of(), "IRO"));
        }
    }

    List<HistoricWellbeing> generated() {
        return SyntheticCareWellbeing.generate(new DemoSpecification(60_000, 2026, TODAY), periods, persons);
    }

    @Test
    void looked_after_children_get_immunisations_up_to_date_for_about_85_percent_and_a_few_substance_misuse_problems_and_convictions() {
        List<HistoricWellbeing> children = generated();
        assertThat(children).hasSize(CHILDREN);
        double upToDate = children.stream().filter(c -> c.immunisations().getFirst().upToDate()).count() / (double) CHILDREN;
        assertThat(upToDate).isBetween(0.82, 0.88);
        // 8% of those aged 11 or over: 3 to 4% of looked after children, 40 to 55% of whom are 11 or over in the demo
        long elevenOrOver = children.stream().filter(c -> !TODAY.isBefore(persons.get(c.personId()).dateOfBirth().plusYears(11))).count();
        double misuse = children.stream().filter(c -> !c.substanceMisuse().isEmpty()).count() / (double) elevenOrOver;
        assertThat(misuse).isBetween(0.06, 0.10);
        long tenOrOver = children.stream().filter(c -> !TODAY.isBefore(persons.get(c.personId()).dateOfBirth().plusYears(10))).count();
        double convicted = children.stream().filter(c -> !c.convictions().isEmpty()).count() / (double) tenOrOver;
        assertThat(convicted).isBetween(0.01, 0.04);
    }

    @Test
    void about_three_in_four_children_of_sdq_age_looked_after_six_months_have_a_score_and_every_record_keeps_the_rules() {
        List<HistoricWellbeing> children = generated();
        long scored = children.stream().filter(c -> c.sdqs().stream().anyMatch(s -> s.score() != null)).count();
        long withAnSdq = children.stream().filter(c -> !c.sdqs().isEmpty()).count();
        assertThat(scored / (double) withAnSdq).isBetween(0.85, 0.90);
        for (HistoricWellbeing c : children) {
            LocalDate born = persons.get(c.personId()).dateOfBirth();
            c.sdqs().forEach(s -> assertThat(CareWellbeingRules.sdq(s.date(), born, s.score(), s.reasonNotDone())).isEmpty());
            c.convictions().forEach(o -> assertThat(CareWellbeingRules.conviction(o.decidedOn(), born, o.offence(), o.outcome())).isEmpty());
            c.substanceMisuse().forEach(m -> assertThat(CareWellbeingRules.substanceMisuse(m.interventionReceived(), m.interventionOffered())).isEmpty());
            c.pepMeetings().forEach(p -> assertThat(p.date()).isBeforeOrEqualTo(TODAY));
        }
    }

    @Test
    void children_of_nursery_to_sixth_form_age_have_a_school_and_a_pep_started_within_about_20_working_days_of_coming_into_care() {
        for (HistoricWellbeing c : generated()) {
            YearGroup year = SyntheticCareWellbeing.yearGroup(persons.get(c.personId()).dateOfBirth(), TODAY);
            assertThat(c.school() == null).isEqualTo(year == null);
            if (!c.pepMeetings().isEmpty()) {
                LocalDate start = periods.stream().filter(p -> p.personId().equals(c.personId())).findFirst().orElseThrow()
                        .episodes().getFirst().startDate();
                assertThat(c.pepMeetings().getFirst().review()).isFalse();
                assertThat(c.pepMeetings().getFirst().date()).isBetween(start.plusDays(10), start.plusDays(28));
            }
        }
        assertThat(SyntheticCareWellbeing.yearGroup(LocalDate.of(2015, 8, 31), TODAY)).isEqualTo(YearGroup.Y7);
        assertThat(SyntheticCareWellbeing.yearGroup(LocalDate.of(2015, 9, 1), TODAY)).isEqualTo(YearGroup.Y6);
    }
}
