package uk.opencsc.care;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.care.Wellbeing.Conviction;
import uk.opencsc.care.Wellbeing.ImmunisationCheck;
import uk.opencsc.care.Wellbeing.Sdq;
import uk.opencsc.care.Wellbeing.SubstanceMisuse;
import uk.opencsc.people.PersonLookup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the SSDA903 return (and other modules) read of looked after children's health, wellbeing and offending
 * without reading the care tables: the OC2 facts of many children for a collection year, one query per table, and the
 * latest SDQ. It does not check access or audit: the caller does.
 */
@Service
public class CareOutcomes {

    private final CareWellbeingRepository repository;
    private final CareRepository care;
    private final PersonLookup persons;

    CareOutcomes(CareWellbeingRepository repository, CareRepository care, PersonLookup persons) {
        this.repository = repository;
        this.care = care;
        this.persons = persons;
    }

    /**
     * Each child's OC2 facts for the year: the facts dated within it (1 April to 31 March), whether the child is in the
     * OC2 cohort, and nothing for a child the record does not know.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Oc2Facts> outcomesFor(Collection<UUID> personIds, CollectionYear year) {
        Map<UUID, PersonLookup.PersonSummary> known = persons.findAll(personIds);
        Map<UUID, List<PeriodOfCare>> periods = care.periodsOf(known.keySet());
        Map<UUID, List<Sdq>> sdqs = repository.sdqsOf(known.keySet());
        Map<UUID, List<Conviction>> convictions = repository.convictionsOf(known.keySet());
        Map<UUID, List<ImmunisationCheck>> immunisations = repository.immunisationChecksOf(known.keySet());
        Map<UUID, List<SubstanceMisuse>> misuse = repository.substanceMisuseOf(known.keySet());
        Map<UUID, List<HealthCheck>> checks = repository.healthChecksOf(known.keySet());
        Map<UUID, Oc2Facts> facts = new HashMap<>(known.size() * 2);
        known.forEach((id, person) -> {
            LocalDate born = person.dateOfBirth();
            boolean cohort = periods.getOrDefault(id, List.of()).stream()
                    .anyMatch(p -> !p.shortBreaks() && p.covers(year.start()) && p.covers(year.end()));
            Optional<Sdq> sdq = sdqs.getOrDefault(id, List.of()).stream().filter(s -> year.covers(s.date())).findFirst();
            Boolean convicted = born != null && year.end().isBefore(born.plusYears(10)) ? null
                    : convictions.getOrDefault(id, List.of()).stream().anyMatch(c -> year.covers(c.decidedOn()));
            Boolean immunised = immunisations.getOrDefault(id, List.of()).stream().filter(c -> year.covers(c.checkedOn())).findFirst()
                    .map(ImmunisationCheck::upToDate).orElse(null);
            List<HealthCheck> inYear = checks.getOrDefault(id, List.of()).stream().filter(c -> year.covers(c.date())).toList();
            Optional<SubstanceMisuse> problem = misuse.getOrDefault(id, List.of()).stream().filter(s -> year.covers(s.identifiedOn())).findFirst();
            facts.put(id, new Oc2Facts(cohort, sdq.map(Sdq::score).orElse(null), sdq.map(Sdq::reasonNotDone).orElse(null), convicted,
                    null, immunised, inYear.stream().anyMatch(c -> c.kind() == HealthCheckKind.DENTAL_CHECK),
                    inYear.stream().anyMatch(c -> c.kind() == HealthCheckKind.HEALTH_ASSESSMENT), problem.isPresent(),
                    problem.map(SubstanceMisuse::interventionReceived).orElse(null),
                    problem.map(SubstanceMisuse::interventionOffered).orElse(null)));
        });
        return facts;
    }

    /** Each child's latest strengths and difficulties questionnaire, scored or not done; a child with none is absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Sdq> latestSdqs(Collection<UUID> personIds) {
        Map<UUID, Sdq> latest = new HashMap<>();
        repository.sdqsOf(personIds).forEach((id, list) -> latest.put(id, list.getFirst()));
        return latest;
    }
}
