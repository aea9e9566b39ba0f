package uk.opencsc.demo;

import uk.opencsc.demo.DemoPerson.Kind;
import uk.opencsc.demo.DemoRelationship.Type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the persons on a synthetic authority's record over six years: households of children with
 * the parents they share, care leavers, and unaccompanied asylum-seeking children. Plain Java, no clock:
 * the same specification always gives the same population, person for person.
 * <p>
 * Sources of the distributions (England, published figures; where a figure is a judgement it says so):
 * <ul>
 * <li>Age: children's social care skews to babies and young teenagers. Shape from the CIN census 2024
 *     as published by Lincolnshire County Council (EDI annual report 2024): unborn or under 1 7.4%,
 *     1-4 16.4%, 5-9 21.9%, 10-15 30.9%, 16-18 14.6%, 19-24 8.8%; {@link #CHILD_AGE} is its 0-17 part.</li>
 * <li>Sex: DfE "Characteristics of children in need" 2021 and 2022: 54% of children in need male
 *     against 51% of all children; {@link #CHILD_SEX} uses 53% (a few are recorded as unknown).</li>
 * <li>Ethnicity: DfE CIN data set A4, see {@link Ethnicities}.</li>
 * <li>Disability: about 12% of children in need have a disability recorded (DfE CIN statistics); the
 *     split between the CIN codes is a judgement (learning disability and autism most common).</li>
 * <li>Unaccompanied asylum-seeking children: 6-7% of children looked after, 95% boys, 13% under 16
 *     (DfE "Children looked after in England" 2022, as reported by Community Care and PA).</li>
 * <li>Parents: judgement — about half of the households have two parents recorded, most of the rest
 *     the mother only; household sizes of one to five children.</li>
 * </ul>
 */
final class SyntheticPopulation {

    record Population(List<DemoPerson> persons, List<DemoRelationship> relationships) {
        Population {
            persons = List.copyOf(persons);
            relationships = List.copyOf(relationships);
        }
    }

    /** A band of whole years of age, both ends inclusive; {@code UNBORN} has none. */
    record AgeBand(String label, int fromYears, int toYears) {
        static final AgeBand UNBORN = new AgeBand("Unborn", -1, -1);
    }

    static final Weighted<AgeBand> CHILD_AGE = Weighted.of(
            AgeBand.UNBORN, 1.5, new AgeBand("Under 1", 0, 0), 6.5, new AgeBand("1 to 4", 1, 4), 18.0,
            new AgeBand("5 to 9", 5, 9), 24.0, new AgeBand("10 to 15", 10, 15), 34.0, new AgeBand("16 to 17", 16, 17), 16.0);
    static final Weighted<String> CHILD_SEX = Weighted.of("M", 53.0, "F", 46.5, "U", 0.5);
    static final double DISABILITY_RATE = 0.12;
    static final Weighted<String> DISABILITY = Weighted.of(
            "LD", 24, "AUT", 24, "BEH", 14, "COMM", 12, "CON", 7, "MOB", 5, "HAND", 4, "HEAR", 3, "VIS", 3, "PC", 2, "INC", 2);

    /** Shares of households: a care leaver living alone, an unaccompanied child, or a family. */
    static final double CARE_LEAVER_HOUSEHOLD = 0.13;
    static final double UNACCOMPANIED_HOUSEHOLD = 0.017;
    /** Which service holds a family's children (the rest of the record, closed or open, by where it was last held). */
    static final Weighted<String> FAMILY_SERVICE = Weighted.of(
            WorkforcePlan.FRONT_DOOR, 45, WorkforcePlan.CHILDREN_IN_NEED_AND_PROTECTION, 40, WorkforcePlan.CHILDREN_IN_CARE, 15);
    static final Weighted<Integer> CHILDREN_IN_FAMILY = Weighted.of(1, 42, 2, 28, 3, 17, 4, 8, 5, 5);
    static final Weighted<String> PARENTS_RECORDED = Weighted.of("both", 50, "mother", 42, "father", 5, "none", 3);
    static final Weighted<Integer> UNACCOMPANIED_AGE = Weighted.of(14, 4, 15, 9, 16, 40, 17, 47);
    static final Weighted<Integer> CARE_LEAVER_AGE = Weighted.of(18, 18, 19, 17, 20, 16, 21, 15, 22, 10, 23, 9, 24, 8, 25, 7);
    /** Care leavers who came as unaccompanied asylum-seeking children (about one in seven, DfE care leavers 2023). */
    static final double FORMERLY_UNACCOMPANIED_CARE_LEAVER = 0.15;
    static final double RESTRICTED_HOUSEHOLD = 0.01;
    static final Weighted<String> RESTRICTION_REASON = Weighted.of(
            "Child of a member of the council's staff", 50,
            "Relative of a children's services employee", 20,
            "Child of an elected member", 10,
            "Family known in the media", 10,
            "Adopted: the child's new identity is protected", 10);

    private final DemoSpecification spec;
    private final WorkforcePlan workforce;
    private final SplittableRandom random;
    private final SyntheticIdentifiers identifiers;
    private final List<DemoPerson> persons = new ArrayList<>();
    private final List<DemoRelationship> relationships = new ArrayList<>();

    private SyntheticPopulation(DemoSpecification spec, WorkforcePlan workforce) {
        this.spec = spec;
        this.workforce = workforce;
        this.random = new SplittableRandom(spec.seed());
        this.identifiers = new SyntheticIdentifiers(random.split());
    }

    /** Exactly {@code spec.scale()} persons, their children's teams taken from {@code workforce}. */
    static Population generate(DemoSpecification spec, WorkforcePlan workforce) {
        var generator = new SyntheticPopulation(spec, workforce);
        while (generator.persons.size() < spec.scale()) {
            int remaining = spec.scale() - generator.persons.size();
            double household = generator.random.nextDouble();
            if (household < CARE_LEAVER_HOUSEHOLD) {
                generator.careLeaver(remaining);
            } else if (household < CARE_LEAVER_HOUSEHOLD + UNACCOMPANIED_HOUSEHOLD) {
                generator.unaccompaniedChild();
            } else {
                generator.family(remaining);
            }
        }
        return new Population(generator.persons, generator.relationships);
    }

    private void family(int remaining) {
        String service = FAMILY_SERVICE.pick(random);
        String team = team(service);
        String restriction = restriction();
        String postcode = identifiers.postcode();
        String childEthnicity = Ethnicities.CHILDREN_IN_NEED.pick(random);
        List<String> parentEthnicity = Ethnicities.parents(childEthnicity, random);

        int children = Math.min(CHILDREN_IN_FAMILY.pick(random), remaining);
        String parents = PARENTS_RECORDED.pick(random);
        boolean mother = parents.equals("both") || parents.equals("mother");
        boolean father = parents.equals("both") || parents.equals("father");
        if (mother && children + 1 > remaining) mother = false;
        if (father && children + (mother ? 2 : 1) > remaining) father = false;

        List<AgeBand> ages = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            AgeBand band = CHILD_AGE.pick(random);
            // At most one unborn child in a household.
            while (band == AgeBand.UNBORN && ages.contains(AgeBand.UNBORN)) band = CHILD_AGE.pick(random);
            ages.add(band);
        }
        List<LocalDate> births = ages.stream().map(this::birthIn).toList();
        int oldest = births.stream().filter(b -> b != null).mapToInt(b -> java.time.Period.between(b, spec.today()).getYears()).max().orElse(0);

        Heritage motherHeritage = Ethnicities.heritage(parentEthnicity.get(0));
        Heritage fatherHeritage = Ethnicities.heritage(parentEthnicity.get(1));
        String familyName = (father ? fatherHeritage : motherHeritage).surname(random);
        String religion = motherHeritage.religion().pick(random);
        String motherLanguage = motherHeritage.firstLanguage(random.nextDouble() < 0.5, random);

        Integer motherNumber = null;
        Integer fatherNumber = null;
        int motherAge = oldest + 18 + random.nextInt(23);
        if (mother) {
            String surname = father && random.nextDouble() < 0.6 ? familyName : motherHeritage.surname(random);
            motherNumber = add(new DemoPerson(persons.size(), Kind.PARENT, motherHeritage.givenName("F", random), surname,
                    birthAged(motherAge), null, "F", parentEthnicity.get(0), religion, motherLanguage, List.of(), false,
                    maybe(0.9) ? identifiers.nhsNumber() : null, null, postcode, null, restriction));
        }
        if (father) {
            int fatherAge = Math.max(oldest + 18, motherAge - 2 + random.nextInt(11));
            fatherNumber = add(new DemoPerson(persons.size(), Kind.PARENT, fatherHeritage.givenName("M", random), familyName,
                    birthAged(fatherAge), null, "M", parentEthnicity.get(1), fatherHeritage.religion().pick(random),
                    fatherHeritage.firstLanguage(random.nextDouble() < 0.5, random), List.of(), false,
                    maybe(0.9) ? identifiers.nhsNumber() : null, null, postcode, null, restriction));
        }
        for (int i = 0; i < children; i++) {
            LocalDate born = births.get(i);
            String sex = born == null ? "U" : CHILD_SEX.pick(random);
            Heritage heritage = childEthnicity.startsWith("M") && random.nextBoolean() ? motherHeritage
                    : childEthnicity.startsWith("M") ? fatherHeritage : Ethnicities.heritage(childEthnicity);
            String language = !mother ? heritage.firstLanguage(true, random)
                    : motherLanguage.equals("English") || random.nextDouble() < 0.35 ? "English" : motherLanguage;
            int child = add(child(heritage.givenName(sex, random), familyName, born, sex, childEthnicity,
                    random.nextDouble() < 0.85 ? religion : heritage.religion().pick(random), language, false,
                    postcode, team, restriction));
            if (motherNumber != null) relationships.add(new DemoRelationship(motherNumber, child, Type.MOTHER));
            if (fatherNumber != null) relationships.add(new DemoRelationship(fatherNumber, child, Type.FATHER));
        }
    }

    private void careLeaver(int remaining) {
        boolean formerlyUnaccompanied = random.nextDouble() < FORMERLY_UNACCOMPANIED_CARE_LEAVER;
        String ethnicity = (formerlyUnaccompanied ? Ethnicities.UNACCOMPANIED_ASYLUM_SEEKING : Ethnicities.CHILDREN_IN_NEED).pick(random);
        Heritage heritage = Ethnicities.heritage(ethnicity);
        String sex = formerlyUnaccompanied ? (random.nextDouble() < 0.95 ? "M" : "F") : (random.nextDouble() < 0.56 ? "M" : "F");
        LocalDate born = birthAged(CARE_LEAVER_AGE.pick(random));
        String postcode = identifiers.postcode();
        String familyName = heritage.surname(random);
        String restriction = restriction();
        int leaver = add(child(heritage.givenName(sex, random), familyName, born, sex, ethnicity, heritage.religion().pick(random),
                heritage.firstLanguage(!formerlyUnaccompanied, random), formerlyUnaccompanied, postcode,
                team(WorkforcePlan.CARE_LEAVERS), restriction));
        // Some care leavers' mothers are on the record from the child's time in care.
        if (!formerlyUnaccompanied && remaining >= 2 && random.nextDouble() < 0.35) {
            int age = java.time.Period.between(born, spec.today()).getYears() + 18 + random.nextInt(20);
            int mother = add(new DemoPerson(persons.size(), Kind.PARENT, heritage.givenName("F", random), familyName,
                    birthAged(age), null, "F", ethnicity, heritage.religion().pick(random), heritage.firstLanguage(true, random),
                    List.of(), false, maybe(0.9) ? identifiers.nhsNumber() : null, null, identifiers.postcode(), null, restriction));
            relationships.add(new DemoRelationship(mother, leaver, Type.MOTHER));
        }
    }

    private void unaccompaniedChild() {
        String ethnicity = Ethnicities.UNACCOMPANIED_ASYLUM_SEEKING.pick(random);
        Heritage heritage = Ethnicities.heritage(ethnicity);
        String sex = random.nextDouble() < 0.95 ? "M" : "F";
        add(child(heritage.givenName(sex, random), heritage.surname(random), birthAged(UNACCOMPANIED_AGE.pick(random)), sex,
                ethnicity, heritage.religion().pick(random), heritage.firstLanguage(false, random), true,
                identifiers.postcode(), team(WorkforcePlan.CHILDREN_IN_CARE), restriction()));
    }

    private DemoPerson child(String givenName, String familyName, LocalDate born, String sex, String ethnicity, String religion,
                             String language, boolean unaccompanied, String postcode, String team, String restriction) {
        boolean unborn = born == null;
        List<String> disabilities = List.of();
        if (!unborn && random.nextDouble() < DISABILITY_RATE) {
            String first = DISABILITY.pick(random);
            String second = DISABILITY.pick(random);
            disabilities = random.nextDouble() < 0.2 && !second.equals(first) ? List.of(first, second) : List.of(first);
        }
        String nhs = unborn ? null : maybe(unaccompanied ? 0.8 : 0.97) ? identifiers.nhsNumber() : null;
        String upn = null;
        if (!unborn && java.time.Period.between(born, spec.today()).getYears() >= 4) {
            LocalDate joinedSchool = unaccompanied ? spec.today().minusDays(random.nextInt(700)) : born.plusYears(4).plusDays(random.nextInt(365));
            if (!joinedSchool.isAfter(spec.today()) && maybe(unaccompanied ? 0.4 : 0.95)) {
                upn = identifiers.upn(joinedSchool);
            }
        }
        // An unborn child has no name yet: records carry the family name and "Unborn".
        return new DemoPerson(persons.size(), Kind.CHILD, unborn ? "Unborn" : givenName, familyName, born,
                unborn ? spec.today().plusDays(14 + random.nextInt(180)) : null, sex, ethnicity, religion, language,
                disabilities, unaccompanied, nhs, upn, postcode, team, restriction);
    }

    private int add(DemoPerson person) {
        persons.add(person);
        return person.number();
    }

    private String team(String service) {
        List<WorkforcePlan.Team> teams = workforce.teamsOf(service);
        return teams.get(random.nextInt(teams.size())).name();
    }

    private String restriction() {
        return random.nextDouble() < RESTRICTED_HOUSEHOLD ? RESTRICTION_REASON.pick(random) : null;
    }

    /** A date of birth in the band; null for an unborn child. */
    private LocalDate birthIn(AgeBand band) {
        if (band == AgeBand.UNBORN) return null;
        return birthAged(band.fromYears() + random.nextInt(band.toYears() - band.fromYears() + 1));
    }

    /** A date of birth of someone exactly {@code years} old today. */
    private LocalDate birthAged(int years) {
        LocalDate latest = spec.today().minusYears(years);
        LocalDate earliest = spec.today().minusYears(years + 1).plusDays(1);
        return latest.minusDays(random.nextLong(java.time.temporal.ChronoUnit.DAYS.between(earliest, latest) + 1));
    }

    private boolean maybe(double probability) {
        return random.nextDouble() < probability;
    }
}
