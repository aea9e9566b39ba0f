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
    static final String TOWN = "Northmoor";
    static final List<String> STREETS = List.of("Moor Lane", "Church Street", "Victoria Road", "Mill Street", "Station Road",
            "Park Avenue", "Albert Terrace", "Canal Side", "Highfield Road", "Queens Drive", "Chapel Walk", "Union Street",
            "Beech Grove", "Oak Close", "Heather Way", "Weavers Court", "Foundry Row", "Priory Road", "Bridge Street",
            "Orchard Crescent", "King Street", "Market Place", "Windmill Hill", "Brook Lane", "Cedar Court");
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

    /** Exactly {@code spec.scale()} persons, their teams taken from {@code workforce}. */
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

    /** Whose the household is, shared by everyone in it. */
    private record Household(String team, String restriction, DemoPerson.Address address) {
    }

    private void family(int remaining) {
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
        List<LocalDate> births = new ArrayList<>(ages.stream().map(this::birthIn).toList());
        // Elder first, the unborn child last, so sibling relationships read elder to younger.
        births.sort(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        int oldest = births.getFirst() == null ? 0 : years(births.getFirst());
        LocalDate youngestBorn = births.stream().filter(b -> b != null).max(LocalDate::compareTo).orElse(null);
        int spread = oldest - (births.getLast() == null || youngestBorn == null ? 0 : years(youngestBorn));
        Household household = household(FAMILY_SERVICE.pick(random), youngestBorn);

        Heritage motherHeritage = Ethnicities.heritage(parentEthnicity.get(0));
        Heritage fatherHeritage = Ethnicities.heritage(parentEthnicity.get(1));
        String familyName = (father ? fatherHeritage : motherHeritage).surname(random);
        String religion = motherHeritage.religion().pick(random);
        String motherLanguage = motherHeritage.firstLanguage(random.nextDouble() < 0.5, random);

        List<Integer> parentNumbers = new ArrayList<>();
        // A mother 18 to 38 at her eldest's birth and no older than 44 at her youngest's.
        int motherAge = oldest + 18 + random.nextInt(Math.min(38, 44 - spread) - 18 + 1);
        if (mother) {
            // Most mothers share the children's surname; the rest kept their own or the children have their father's.
            String surname = random.nextDouble() < 0.6 ? familyName : motherHeritage.surname(random);
            parentNumbers.add(parent(motherHeritage.givenName("F", random), surname, motherAge, "F", parentEthnicity.get(0),
                    religion, motherLanguage, household));
        }
        if (father) {
            int fatherAge = Math.max(oldest + 18, motherAge - 2 + random.nextInt(11));
            parentNumbers.add(parent(fatherHeritage.givenName("M", random), familyName, fatherAge, "M", parentEthnicity.get(1),
                    fatherHeritage.religion().pick(random), fatherHeritage.firstLanguage(random.nextDouble() < 0.5, random), household));
        }
        List<DemoPerson> siblings = new ArrayList<>();
        for (LocalDate born : births) {
            String sex = born == null ? "U" : CHILD_SEX.pick(random);
            Heritage heritage = !childEthnicity.startsWith("M") ? Ethnicities.heritage(childEthnicity)
                    : random.nextBoolean() ? motherHeritage : fatherHeritage;
            String language = !mother ? heritage.firstLanguage(true, random)
                    : motherLanguage.equals(Heritage.ENGLISH) || random.nextDouble() < 0.35 ? Heritage.ENGLISH : motherLanguage;
            DemoPerson child = child(heritage.givenName(sex, random), familyName, born, sex, childEthnicity,
                    random.nextDouble() < 0.85 ? religion : heritage.religion().pick(random), language, false, household);
            add(child);
            for (int parent : parentNumbers) {
                relationships.add(new DemoRelationship(parent, child.number(), DemoRelationship.Type.PARENT_OF, born));
            }
            for (DemoPerson elder : siblings) {
                relationships.add(new DemoRelationship(elder.number(), child.number(), DemoRelationship.Type.SIBLING, born));
            }
            siblings.add(child);
        }
    }

    private void careLeaver(int remaining) {
        boolean formerlyUnaccompanied = random.nextDouble() < FORMERLY_UNACCOMPANIED_CARE_LEAVER;
        String ethnicity = (formerlyUnaccompanied ? Ethnicities.UNACCOMPANIED_ASYLUM_SEEKING : Ethnicities.CHILDREN_IN_NEED).pick(random);
        Heritage heritage = Ethnicities.heritage(ethnicity);
        String sex = formerlyUnaccompanied ? (random.nextDouble() < 0.95 ? "M" : "F") : (random.nextDouble() < 0.56 ? "M" : "F");
        LocalDate born = birthAged(CARE_LEAVER_AGE.pick(random));
        Household household = household(WorkforcePlan.CARE_LEAVERS, born);
        String familyName = heritage.surname(random);
        DemoPerson leaver = child(heritage.givenName(sex, random), familyName, born, sex, ethnicity, heritage.religion().pick(random),
                heritage.firstLanguage(!formerlyUnaccompanied, random), formerlyUnaccompanied, household);
        add(leaver);
        // Some care leavers' mothers are on the record from the young person's time in care; they live elsewhere.
        if (!formerlyUnaccompanied && remaining >= 2 && random.nextDouble() < 0.35) {
            Household mothers = new Household(household.team(), household.restriction(), address(null));
            int mother = parent(heritage.givenName("F", random), familyName, years(born) + 18 + random.nextInt(20), "F", ethnicity,
                    heritage.religion().pick(random), heritage.firstLanguage(true, random), mothers);
            relationships.add(new DemoRelationship(mother, leaver.number(), DemoRelationship.Type.PARENT_OF, born));
        }
    }

    private void unaccompaniedChild() {
        String ethnicity = Ethnicities.UNACCOMPANIED_ASYLUM_SEEKING.pick(random);
        Heritage heritage = Ethnicities.heritage(ethnicity);
        String sex = random.nextDouble() < 0.95 ? "M" : "F";
        LocalDate born = birthAged(UNACCOMPANIED_AGE.pick(random));
        add(child(heritage.givenName(sex, random), heritage.surname(random), born, sex, ethnicity, heritage.religion().pick(random),
                heritage.firstLanguage(false, random), true, household(WorkforcePlan.CHILDREN_IN_CARE, born)));
    }

    private Household household(String service, LocalDate youngestBirth) {
        List<WorkforcePlan.Team> teams = workforce.teamsOf(service);
        String team = teams.get(random.nextInt(teams.size())).name();
        String restriction = random.nextDouble() < RESTRICTED_HOUSEHOLD ? RESTRICTION_REASON.pick(random) : null;
        return new Household(team, restriction, address(youngestBirth));
    }

    /** An address lived at for up to eight years, but not from before the youngest member was born. */
    private DemoPerson.Address address(LocalDate youngestBirth) {
        LocalDate since = spec.today().minusDays(random.nextInt(8 * 365));
        if (youngestBirth != null && since.isBefore(youngestBirth)) since = youngestBirth;
        return new DemoPerson.Address((1 + random.nextInt(180)) + " " + STREETS.get(random.nextInt(STREETS.size())), TOWN,
                identifiers.postcode(), since);
    }

    private int parent(String givenName, String familyName, int age, String sex, String ethnicity, String religion,
                       String language, Household household) {
        DemoPerson parent = new DemoPerson(persons.size(), DemoPerson.localId(persons.size()), DemoPerson.Kind.PARENT,
                givenName, familyName, birthAged(age), null, sex, ethnicity, religion, language,
                !language.equals(Heritage.ENGLISH) && maybe(0.4), List.of(), false, null,
                maybe(0.9) ? identifiers.nhsNumber() : null, null, null, household.address(), household.team(), household.restriction());
        add(parent);
        return parent.number();
    }

    private DemoPerson child(String givenName, String familyName, LocalDate born, String sex, String ethnicity, String religion,
                             String language, boolean unaccompanied, Household household) {
        boolean unborn = born == null;
        int age = unborn ? -1 : years(born);
        List<String> disabilities = List.of();
        if (!unborn && random.nextDouble() < DISABILITY_RATE) {
            String first = DISABILITY.pick(random);
            String second = DISABILITY.pick(random);
            disabilities = random.nextDouble() < 0.2 && !second.equals(first) ? List.of(first, second) : List.of(first);
        }
        String nhs = unborn ? null : maybe(unaccompanied ? 0.8 : 0.97) ? identifiers.nhsNumber() : null;
        String upn = null;
        String upnUnknown = null;
        boolean arrivedAsChild = unaccompanied && age < 18;
        if (age >= 4) {
            LocalDate joinedSchool = unaccompanied ? spec.today().minusDays(random.nextInt(700)) : born.plusYears(4).plusDays(random.nextInt(365));
            if (!joinedSchool.isAfter(spec.today()) && maybe(unaccompanied ? 0.4 : 0.95)) {
                upn = identifiers.upn(joinedSchool);
            }
        }
        if (upn == null && !unborn && age < 18) {
            upnUnknown = arrivedAsChild ? "UN3" : age < 6 ? "UN1" : "UN4";
        }
        String immigration = !unaccompanied ? null : arrivedAsChild ? "UASC" : "REFUGEE";
        // An unborn child has no name yet: records carry "Unborn" and the family name.
        return new DemoPerson(persons.size(), DemoPerson.localId(persons.size()), DemoPerson.Kind.CHILD,
                unborn ? "Unborn" : givenName, familyName, born, unborn ? spec.today().plusDays(14 + random.nextInt(180)) : null,
                sex, ethnicity, religion, language, !language.equals(Heritage.ENGLISH) && maybe(unaccompanied ? 0.7 : 0.15),
                disabilities, unaccompanied, immigration, nhs, upn, upnUnknown, household.address(), household.team(),
                household.restriction());
    }

    private void add(DemoPerson person) {
        persons.add(person);
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

    private int years(LocalDate born) {
        return java.time.Period.between(born, spec.today()).getYears();
    }

    private boolean maybe(double probability) {
        return random.nextDouble() < probability;
    }
}
