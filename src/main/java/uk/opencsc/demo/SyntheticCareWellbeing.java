package uk.opencsc.demo;

import uk.opencsc.care.HistoricPeriodOfCare;
import uk.opencsc.care.HistoricWellbeing;
import uk.opencsc.care.OffenceOutcome;
import uk.opencsc.care.SchoolTerm;
import uk.opencsc.care.SdqReason;
import uk.opencsc.care.SenStatus;
import uk.opencsc.care.YearGroup;
import uk.opencsc.people.PersonLookup.PersonSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The health, wellbeing and education of the synthetic authority's looked after children, at about the national
 * rates of DfE "Children looked after in England" (OC2 cohort): immunisations up to date for about 85%, an SDQ score
 * for about three in four children aged 4 to 16 looked after long enough (a reason it was not done for some, nothing
 * yet for the rest, so the page shows the yearly SDQ missing), a substance misuse problem for about 3 to 4% (8% of
 * those aged 11 or over, 40 to 55% of the children), a conviction or youth caution in the last year for about 2 to 3%
 * of those aged 10 or over, and for children of nursery to sixth-form age a school, SEN status (about a quarter with
 * an education, health and care plan, a third on SEN support) and PEP meetings: one started within about 20 working
 * days of becoming looked after and a review in most school terms since. Deterministic for a seed.
 */
final class SyntheticCareWellbeing {

    private static final Weighted<SdqReason> NOT_DONE = Weighted.of(SdqReason.SDQ2, 30, SdqReason.SDQ3, 15, SdqReason.SDQ4, 35,
            SdqReason.SDQ5, 20);
    private static final Weighted<SenStatus> SEN = Weighted.of(SenStatus.N, 42, SenStatus.K, 33, SenStatus.E, 25);
    private static final Weighted<OffenceOutcome> OUTCOME = Weighted.of(OffenceOutcome.YOUTH_CAUTION, 45,
            OffenceOutcome.YOUTH_CONDITIONAL_CAUTION, 20, OffenceOutcome.CONVICTED, 35);
    private static final List<String> OFFENCES = List.of("Criminal damage", "Theft from a shop", "Common assault",
            "Possession of cannabis", "Possession of a bladed article", "Robbery", "Assault on an emergency worker");
    private static final List<String> SCHOOL_PLACES = List.of("Northmoor", "Riverside", "St Anne's", "Hillcrest", "Oakfield",
            "Brookside", "Kingsway", "Meadowbank", "Ashgrove", "Elmwood");
    private static final List<String> VIRTUAL_SCHOOL = List.of("Amira Khan", "Tom Hughes", "Grace Adeyemi", "Owen Price");
    private static final List<String> TARGETS = List.of("Read daily with carer; phonics catch-up twice a week",
            "Attendance above 95%; maths tutoring funded from pupil premium plus", "GCSE English and maths predicted grade 4",
            "Settle into the new school; join an after-school club", "Speech and language sessions weekly; review the EHC plan");

    private SyntheticCareWellbeing() {
    }

    /**
     * @param periods the periods of care loaded: the children looked after now (open, not short breaks) get records
     * @param persons the children, for their dates of birth
     */
    static List<HistoricWellbeing> generate(DemoSpecification spec, List<HistoricPeriodOfCare> periods, Map<UUID, PersonSummary> persons) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0x5D0L);
        LocalDate today = spec.today();
        List<HistoricWellbeing> children = new ArrayList<>();
        for (HistoricPeriodOfCare p : periods) {
            PersonSummary person = persons.get(p.personId());
            if (p.endDate() != null || person == null || person.dateOfBirth() == null
                    || p.episodes().getFirst().legalStatus().shortBreaks()) {
                continue;
            }
            children.add(child(p, person.dateOfBirth(), random, today));
        }
        return children;
    }

    private static HistoricWellbeing child(HistoricPeriodOfCare p, LocalDate born, SplittableRandom random, LocalDate today) {
        LocalDate start = p.episodes().getFirst().startDate();
        LocalDate lastYear = start.isAfter(today.minusYears(1)) ? start : today.minusYears(1).plusDays(1);
        List<HistoricWellbeing.Immunisation> immunisations = List.of(
                new HistoricWellbeing.Immunisation(dayBetween(lastYear, today, random), random.nextDouble() < 0.85));
        List<HistoricWellbeing.Sdq> sdqs = new ArrayList<>();
        LocalDate sdqDate = dayBetween(lastYear, today, random);
        boolean ofAge = !sdqDate.isBefore(born.plusYears(4)) && sdqDate.isBefore(born.plusYears(17));
        if (ofAge && !start.isAfter(today.minusMonths(6))) {
            double r = random.nextDouble();
            if (r < 0.75) {
                sdqs.add(new HistoricWellbeing.Sdq(sdqDate, (int) Math.max(0, Math.min(40, Math.round(13 + random.nextGaussian() * 7))), null));
            } else if (r < 0.85) {
                sdqs.add(new HistoricWellbeing.Sdq(sdqDate, null, NOT_DONE.pick(random)));
            }
        }
        List<HistoricWellbeing.Misuse> misuse = new ArrayList<>();
        if (!today.isBefore(born.plusYears(11)) && random.nextDouble() < 0.08) {
            boolean received = random.nextDouble() < 0.55;
            misuse.add(new HistoricWellbeing.Misuse(dayBetween(lastYear, today, random), received, received ? null : random.nextDouble() < 0.6));
        }
        List<HistoricWellbeing.Offence> convictions = new ArrayList<>();
        LocalDate tenth = born.plusYears(10);
        LocalDate from = lastYear.isAfter(tenth) ? lastYear : tenth;
        if (!from.isAfter(today) && random.nextDouble() < 0.025) {
            convictions.add(new HistoricWellbeing.Offence(dayBetween(from, today, random), OFFENCES.get(random.nextInt(OFFENCES.size())),
                    OUTCOME.pick(random)));
        }
        YearGroup year = yearGroup(born, today);
        HistoricWellbeing.School school = null;
        List<HistoricWellbeing.Pep> peps = new ArrayList<>();
        if (year != null) {
            String place = SCHOOL_PLACES.get(random.nextInt(SCHOOL_PLACES.size()));
            String kind = year.ordinal() <= YearGroup.Y6.ordinal() ? " Primary School" : year.ordinal() <= YearGroup.Y11.ordinal()
                    ? " Academy" : " Sixth Form College";
            school = new HistoricWellbeing.School(place + kind, random.nextDouble() < 0.8 ? String.valueOf(100_000 + random.nextInt(50_000)) : null,
                    year, SEN.pick(random), VIRTUAL_SCHOOL.get(random.nextInt(VIRTUAL_SCHOOL.size())));
            LocalDate first = start.plusDays(10 + random.nextInt(18));
            if (!first.isAfter(today)) {
                peps.add(new HistoricWellbeing.Pep(first, false, TARGETS.get(random.nextInt(TARGETS.size()))));
                // a review in most terms since: one missed now and then, as in life
                for (LocalDate term = termAfter(first); !term.isAfter(today); term = termAfter(term)) {
                    LocalDate on = term.plusDays(14 + random.nextInt(40));
                    if (!on.isAfter(today) && random.nextDouble() < 0.9) {
                        peps.add(new HistoricWellbeing.Pep(on, true, TARGETS.get(random.nextInt(TARGETS.size()))));
                    }
                }
            }
        }
        return new HistoricWellbeing(p.personId(), immunisations, sdqs, misuse, convictions, school, peps);
    }

    /** The year group of the academic year {@code today} is in, by age on the 31 August before it; null outside nursery to year 13. */
    static YearGroup yearGroup(LocalDate born, LocalDate today) {
        LocalDate august = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 8, 31);
        int age = born.until(august).getYears();
        if (age < 3 || age > 17) {
            return null;
        }
        return YearGroup.values()[age - 3];
    }

    private static LocalDate termAfter(LocalDate day) {
        return SchoolTerm.of(day).end().plusDays(1);
    }

    private static LocalDate dayBetween(LocalDate from, LocalDate to, SplittableRandom random) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? to : from.plusDays(random.nextLong(days + 1));
    }
}
