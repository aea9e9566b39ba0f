package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import uk.opencsc.access.Role;
import uk.opencsc.workforce.AbsenceReason;
import uk.opencsc.workforce.Employment;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricWorker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The default-scale synthetic authority's census records are a large city's: turnover, agency share, absence, vacancies. */
class SyntheticWorkforceCensusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 6);
    static final DemoSpecification SPEC = new DemoSpecification(60_000, 2026, TODAY);

    record Generated(List<HistoricWorker> workers, SyntheticWorkforceCensus.Result census) {
    }

    static Generated generate() {
        WorkforcePlan plan = WorkforcePlan.of(SPEC);
        Map<String, UUID> users = new HashMap<>();
        plan.users().forEach(u -> users.put(u.username(), UUID.nameUUIDFromBytes(u.username().getBytes())));
        Map<String, UUID> teams = new HashMap<>();
        plan.teams().forEach(t -> teams.put(t.name(), UUID.nameUUIDFromBytes(t.name().getBytes())));
        List<HistoricWorker> workers = SyntheticWorkforce.generate(SPEC, plan, users, teams, Map.of(), Map.of()).workers();
        return new Generated(workers, SyntheticWorkforceCensus.generate(SPEC, plan, workers, users, teams));
    }

    @Test
    void about_fifteen_percent_of_social_workers_left_in_the_year_and_about_fifteen_percent_in_post_are_agency() {
        Generated g = generate();
        long socialWorkers = WorkforcePlan.of(SPEC).users().stream().filter(u -> u.role() == Role.SOCIAL_WORKER).count();
        assertThat((double) g.census().leavers().size() / socialWorkers).isCloseTo(0.15, within(0.01));
        assertThat(g.census().leavers()).allSatisfy(l -> assertThat(l.leftOn()).isBetween(TODAY.minusYears(1), TODAY.minusDays(1)));
        double agency = g.workers().stream().filter(w -> w.employment() == Employment.AGENCY).count() / (double) g.workers().size();
        assertThat(agency).isBetween(0.10, 0.20);
    }

    @Test
    void employees_lose_a_few_working_days_a_year_to_sickness_on_average() {
        Generated g = generate();
        long employees = g.workers().stream().filter(w -> w.employment() == Employment.PERMANENT).count();
        double days = g.census().absences().stream().filter(a -> a.reason() == AbsenceReason.SICKNESS)
                .mapToDouble(a -> a.workingDaysLost().doubleValue()).sum();
        assertThat(days / employees).isBetween(1.0, 6.0);
    }

    @Test
    void teams_are_funded_for_more_posts_than_their_workers_fill_and_the_generation_is_the_same_every_time() {
        Generated g = generate();
        WorkforcePlan plan = WorkforcePlan.of(SPEC);
        Map<UUID, BigDecimal> fte = new HashMap<>();
        g.workers().forEach(w -> fte.put(w.userId(), w.fte()));
        BigDecimal filled = plan.users().stream().filter(u -> u.team() != null && (u.role() == Role.SOCIAL_WORKER || u.role() == Role.PERSONAL_ADVISER))
                .map(u -> fte.getOrDefault(UUID.nameUUIDFromBytes(u.username().getBytes()), BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal funded = g.census().funding().stream().map(f -> f.fundedFte()).reduce(BigDecimal.ZERO, BigDecimal::add);
        // up to two half-posts a team unfilled: about one FTE a team on average
        assertThat(funded.subtract(filled).doubleValue() / g.census().funding().size()).isBetween(0.5, 1.5);
        assertThat(generate().census()).isEqualTo(g.census());
    }
}
