package uk.opencsc.demo;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.AccessAdministration.NewTeam;
import uk.opencsc.access.AccessAdministration.NewUser;
import uk.opencsc.access.Role;
import uk.opencsc.adoption.AdoptionBulkLoad;
import uk.opencsc.assessment.AssessmentBulkLoad;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.care.CareBulkLoad;
import uk.opencsc.care.CarePlanningBulkLoad;
import uk.opencsc.care.CareWellbeingBulkLoad;
import uk.opencsc.care.HistoricPeriodOfCare;
import uk.opencsc.careleavers.CareLeaverBulkLoad;
import uk.opencsc.childinneed.ChildInNeedBulkLoad;
import uk.opencsc.exploitation.ExploitationBulkLoad;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.frontdoor.FrontDoorBulkLoad;
import uk.opencsc.protection.HistoricEnquiry;
import uk.opencsc.workforce.TeamKind;
import uk.opencsc.workforce.SupervisionBulkLoad;
import uk.opencsc.workforce.WorkforceBulkLoad;
import uk.opencsc.workforce.WorkforceCensusBulkLoad;
import uk.opencsc.protection.ProtectionBulkLoad;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.people.Disability;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.ImmigrationStatus;
import uk.opencsc.people.Language;
import uk.opencsc.people.NewAddress;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.NewRelationship;
import uk.opencsc.people.NhsNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.Postcode;
import uk.opencsc.people.RelationshipType;
import uk.opencsc.people.Religion;
import uk.opencsc.people.Sex;
import uk.opencsc.people.UniquePupilNumber;
import uk.opencsc.people.UpnUnknownReason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Generates the synthetic local authority and loads it through the modules that own the data: teams
 * and users through {@link AccessAdministration}, persons through {@link PeopleBulkLoad}, the last year's contacts,
 * referrals and early help through {@link FrontDoorBulkLoad}, and the child protection that followed
 * (section 47 enquiries, conferences, plans) through {@link ProtectionBulkLoad}, the child and family assessments of
 * the referrals through {@link AssessmentBulkLoad}, the child in need plans through {@link ChildInNeedBulkLoad}, the periods of
 * care of the children in care teams' children through {@link CareBulkLoad}, and the care leavers with their personal
 * advisers through {@link CareLeaverBulkLoad}. One
 * transaction: a failure part-way loads nothing, so the next start (or a second {@code demo load})
 * simply tries again.
 */
@Service
public class DemoLoader {

    /** Persons per call to the bulk load, so progress can be shown; all calls share the one transaction. */
    private static final int PERSONS_PER_BATCH = 10_000;

    private final AccessAdministration access;
    private final JdbcClient jdbc;
    private final PeopleBulkLoad people;
    private final PersonLookup persons;
    private final FrontDoorBulkLoad frontDoor;
    private final ProtectionBulkLoad protection;
    private final AssessmentBulkLoad assessments;
    private final ChildInNeedBulkLoad childInNeed;
    private final CareBulkLoad care;
    private final CareWellbeingBulkLoad careWellbeing;
    private final WorkingDayCalendar calendar;
    private final CinEpisodes cinEpisodes;
    private final WorkforceBulkLoad workforceLoad;
    private final WorkforceCensusBulkLoad censusLoad;
    private final SupervisionBulkLoad supervisionLoad;
    private final CareLeaverBulkLoad careLeaverLoad;
    private final AdoptionBulkLoad adoptionLoad;
    private final ExploitationBulkLoad exploitation;
    private final CarePlanningBulkLoad carePlanning;

    DemoLoader(AccessAdministration access, PeopleBulkLoad people, PersonLookup persons, FrontDoorBulkLoad frontDoor,
               ProtectionBulkLoad protection, AssessmentBulkLoad assessments, ChildInNeedBulkLoad childInNeed,
               WorkingDayCalendar calendar, CinEpisodes cinEpisodes, WorkforceBulkLoad workforceLoad,
               WorkforceCensusBulkLoad censusLoad, SupervisionBulkLoad supervisionLoad, CareLeaverBulkLoad careLeaverLoad,
               AdoptionBulkLoad adoptionLoad, ExploitationBulkLoad exploitation, CareBulkLoad care, JdbcClient jdbc,
               CarePlanningBulkLoad carePlanning, CareWellbeingBulkLoad careWellbeing) {
        this.care = care;
        this.carePlanning = carePlanning;
        this.careWellbeing = careWellbeing;
        this.jdbc = jdbc;
        this.careLeaverLoad = careLeaverLoad;
        this.adoptionLoad = adoptionLoad;
        this.exploitation = exploitation;
        this.censusLoad = censusLoad;
        this.supervisionLoad = supervisionLoad;
        this.cinEpisodes = cinEpisodes;
        this.workforceLoad = workforceLoad;
        this.access = access;
        this.people = people;
        this.persons = persons;
        this.frontDoor = frontDoor;
        this.protection = protection;
        this.assessments = assessments;
        this.childInNeed = childInNeed;
        this.calendar = calendar;
    }

    /** Told as the load goes on: {@code done} of {@code total} records, {@code stage} naming what is being loaded. */
    interface Progress {
        void advanced(String stage, long done, long total);
    }

    /** What was loaded and how long it took. */
    public record Result(int persons, int relationships, int teams, int users, int contacts, int referrals, Duration took) {
        /** "Demo local authority loaded: 60,000 persons, 40 teams, 480 users, 34,000 contacts, 9,800 referrals in 12.3 s". */
        public String summary() {
            return String.format(Locale.UK, "Demo local authority loaded: %,d persons, %,d teams, %,d users, %,d contacts, %,d referrals in %.1f s",
                    persons, teams, users, contacts, referrals, took.toMillis() / 1000.0);
        }
    }

    /** How many persons the record holds: the demo loads only into an empty one. */
    public long personsOnRecord() {
        return people.count();
    }

    /**
     * @throws IllegalStateException when the record already holds persons: the demo never adds to
     *                               or overwrites real data
     */
    @Transactional
    public Result load(DemoSpecification spec, Progress progress) {
        long started = System.nanoTime();
        long existing = people.count();
        if (existing > 0) {
            throw new IllegalStateException(String.format("The record already holds %,d person(s); the demo loads only into an empty record", existing));
        }
        WorkforcePlan workforce = WorkforcePlan.of(spec);
        SyntheticPopulation.Population population = SyntheticPopulation.generate(spec, workforce);

        // Loaded as the system (no signed-in user), so the audit log shows who did it: "system:<os user>".
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(null);
        FrontDoorBulkLoad.Summary front;
        try {
            Map<String, UUID> teamIds = new HashMap<>();
            for (WorkforcePlan.Team team : workforce.teams()) {
                teamIds.put(team.name(), access.createTeam(new NewTeam(team.name(), team.service())));
            }
            // One count over users and persons, so a progress bar fills once rather than once per stage.
            long expectedContacts = Math.round((double) SyntheticFrontDoor.CONTACTS_PER_YEAR_AT_60000 * spec.scale() / 60_000);
            long total = workforce.users().size() + population.persons().size() + expectedContacts;
            long done = 0;
            Map<String, UUID> userIds = new HashMap<>();
            for (WorkforcePlan.User user : workforce.users()) {
                userIds.put(user.username(), access.createUser(new NewUser(user.username(), user.displayName(), user.role(),
                        user.team() == null ? null : teamIds.get(user.team()), user.service(), user.password(), user.accessExpiresOn())));
                progress.advanced("users", ++done, total);
            }
            List<NewPerson> persons = newPersons(population, teamIds);
            for (int from = 0; from < persons.size(); from += PERSONS_PER_BATCH) {
                int to = Math.min(from + PERSONS_PER_BATCH, persons.size());
                people.load(persons.subList(from, to));
                done += to - from;
                progress.advanced("persons", done, total);
            }
            List<HistoricContact> contacts = contacts(spec, population, workforce);
            front = frontDoor.load(contacts);
            List<HistoricEnquiry> enquiries = SyntheticProtection.generate(spec, contacts, calendar);
            protection.load(enquiries);
            assessments.load(SyntheticAssessments.generate(spec, contacts, enquiries, usernames(workforce, Role.SOCIAL_WORKER),
                    usernames(workforce, Role.TEAM_MANAGER), calendar));
            childInNeed.load(SyntheticChildInNeed.generate(spec, contacts, enquiries, socialWorkers(workforce), calendar));
            List<HistoricPeriodOfCare> periods = care(spec, population, workforce, enquiries);
            care.load(periods);
            carePlanning.load(SyntheticCarePlanning.generate(spec, periods, bornOn(periods)));
            careWellbeing.load(SyntheticCareWellbeing.generate(spec, periods, this.persons.findAll(periods.stream().map(HistoricPeriodOfCare::personId).toList())));
            exploitation.load(SyntheticExploitation.generate(spec, exploitationChildren(population),
                    cinEpisodes.openEpisodeStarts(spec.today()).keySet(), workforce.complexSafeguardingTeam().orElse(null)));
            // looked after children are held by their children in care team's workers, like children with an open episode
            Map<UUID, java.time.LocalDate> inCare = new HashMap<>();
            periods.stream().filter(p -> p.endDate() == null).forEach(p -> inCare.put(p.personId(), p.episodes().getFirst().startDate()));
            loadWorkforce(spec, workforce, population, teamIds, userIds, inCare);
            loadAdoption(spec, workforce, population);
            progress.advanced("contacts", total, total);
            // tables filled in one go have no planner statistics until autovacuum gets to them (a minute or more):
            // until then the first pages after a fresh start were planned blind and ran several times slower
            jdbc.sql("analyze").update();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        return new Result(population.persons().size(), population.relationships().size(), workforce.teams().size(),
                workforce.users().size(), front.contacts(), front.referrals(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The dates of birth of the children in these periods of care, for the care planning generator. */
    private Map<UUID, java.time.LocalDate> bornOn(List<HistoricPeriodOfCare> periods) {
        Map<UUID, java.time.LocalDate> born = new HashMap<>();
        persons.findAll(periods.stream().map(HistoricPeriodOfCare::personId).distinct().toList())
                .forEach((id, p) -> born.put(id, p.dateOfBirth()));
        return born;
    }

    /** The children as the missing and exploitation generator needs them. */
    private List<SyntheticExploitation.Child> exploitationChildren(SyntheticPopulation.Population population) {
        List<DemoPerson> children = population.persons().stream().filter(DemoPerson::isChild).toList();
        Map<String, UUID> ids = persons.idsOfLocalIds(children.stream().map(DemoPerson::localId).toList());
        return children.stream().map(c -> new SyntheticExploitation.Child(ids.get(c.localId()), c.dateOfBirth(), c.responsibleTeam()))
                .toList();
    }

    private static List<String> usernames(WorkforcePlan workforce, Role role) {
        return workforce.users().stream().filter(u -> u.role() == role).map(WorkforcePlan.User::username).toList();
    }

    /** Team kinds, employment, and the allocation of every child with an open CIN episode but a few who wait. */
    private void loadWorkforce(DemoSpecification spec, WorkforcePlan workforce, SyntheticPopulation.Population population,
                               Map<String, UUID> teamIds, Map<String, UUID> userIds, Map<UUID, java.time.LocalDate> inCare) {
        List<DemoPerson> children = population.persons().stream().filter(DemoPerson::isChild).toList();
        Map<String, UUID> ids = persons.idsOfLocalIds(children.stream().map(DemoPerson::localId).toList());
        Map<UUID, UUID> teamOfChild = new HashMap<>();
        children.forEach(c -> teamOfChild.put(ids.get(c.localId()), teamIds.get(c.responsibleTeam())));
        Map<UUID, java.time.LocalDate> held = new HashMap<>(cinEpisodes.openEpisodeStarts(spec.today()));
        inCare.forEach(held::putIfAbsent);
        SyntheticWorkforce.Result generated = SyntheticWorkforce.generate(spec, workforce, userIds, teamIds, held, teamOfChild);
        Map<UUID, TeamKind> kinds = new HashMap<>();
        workforce.teams().forEach(t -> kinds.put(teamIds.get(t.name()), t.kind()));
        // the care leavers the leaving care teams hold, with their personal advisers' allocations
        SyntheticCareLeavers.Result careLeavers = SyntheticCareLeavers.generate(spec, workforce,
                population.persons().stream().filter(DemoPerson::isChild).toList(), ids, teamIds, userIds, generated.allocations());
        List<WorkforceBulkLoad.HistoricAllocation> allocations = new ArrayList<>(generated.allocations());
        allocations.addAll(careLeavers.allocations());
        workforceLoad.load(kinds, generated.workers(), allocations);
        careLeaverLoad.load(careLeavers.careLeavers());
        // the workforce census's records: leavers (former users whose access ended when they left), details, absences, funded posts
        SyntheticWorkforceCensus.Result census = SyntheticWorkforceCensus.generate(spec, workforce, generated.workers(), userIds, teamIds);
        Map<String, UUID> leaverIds = new HashMap<>();
        for (SyntheticWorkforceCensus.Leaver l : census.leavers()) {
            leaverIds.put(l.username(), access.createUser(new NewUser(l.username(), l.displayName(), Role.SOCIAL_WORKER, teamIds.get(l.team()),
                    l.service(), null, l.leftOn())));
        }
        censusLoad.load(census.formerWorkers(leaverIds, teamIds), SyntheticWorkforceCensus.details(spec, generated.workers(), census, leaverIds),
                census.absences(), census.funding());
        Map<UUID, UUID> managerOfTeam = new HashMap<>();
        workforce.users().stream().filter(u -> u.role() == uk.opencsc.access.Role.TEAM_MANAGER && u.team() != null)
                .forEach(u -> managerOfTeam.putIfAbsent(teamIds.get(u.team()), userIds.get(u.username())));
        Map<UUID, UUID> managerOfWorker = new HashMap<>();
        workforce.users().stream().filter(u -> u.team() != null && (u.role() == uk.opencsc.access.Role.SOCIAL_WORKER
                        || u.role() == uk.opencsc.access.Role.PERSONAL_ADVISER))
                .forEach(u -> {
                    UUID manager = managerOfTeam.get(teamIds.get(u.team()));
                    if (manager != null) managerOfWorker.put(userIds.get(u.username()), manager);
                });
        supervisionLoad.load(SyntheticSupervision.generate(spec.seed(), spec.today(), generated.workers(), managerOfWorker,
                generated.allocations()), spec.today());
    }

    /** Adoptions, special guardianship and child arrangements orders and prospective adopters (see {@link SyntheticAdoption}). */
    private void loadAdoption(DemoSpecification spec, WorkforcePlan workforce, SyntheticPopulation.Population population) {
        java.util.Set<String> inCare = workforce.teamsOf(WorkforcePlan.CHILDREN_IN_CARE).stream().map(WorkforcePlan.Team::name)
                .collect(Collectors.toSet());
        List<DemoPerson> young = population.persons().stream()
                .filter(p -> p.isChild() && !p.unborn() && p.restrictionReason() == null && p.ageOn(spec.today()) < 12).toList();
        Map<String, UUID> ids = persons.idsOfLocalIds(young.stream().map(DemoPerson::localId).toList());
        List<SyntheticAdoption.Child> candidates = young.stream()
                .map(p -> new SyntheticAdoption.Child(ids.get(p.localId()), p.dateOfBirth(), inCare.contains(p.responsibleTeam()))).toList();
        Map<UUID, List<UUID>> siblingsOf = new HashMap<>();
        for (DemoRelationship r : population.relationships()) {
            if (r.type() != DemoRelationship.Type.SIBLING) continue;
            UUID a = ids.get(population.persons().get(r.from()).localId());
            UUID b = ids.get(population.persons().get(r.to()).localId());
            if (a == null || b == null) continue;
            siblingsOf.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            siblingsOf.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }
        SyntheticAdoption.Result generated = SyntheticAdoption.generate(spec, candidates, siblingsOf);
        adoptionLoad.load(generated.households(), generated.adoptions(), generated.orders(), spec.today());
    }

    /** The last year's front door for the children just loaded, decided by the authority's team managers. */
    private List<HistoricContact> contacts(DemoSpecification spec, SyntheticPopulation.Population population, WorkforcePlan workforce) {
        List<DemoPerson> children = population.persons().stream().filter(DemoPerson::isChild).toList();
        Map<String, UUID> ids = persons.idsOfLocalIds(children.stream().map(DemoPerson::localId).toList());
        List<SyntheticFrontDoor.Child> known = children.stream()
                .map(c -> new SyntheticFrontDoor.Child(ids.get(c.localId()), c.dateOfBirth())).toList();
        List<String> managers = workforce.users().stream().filter(u -> u.role() == Role.TEAM_MANAGER)
                .map(WorkforcePlan.User::username).toList();
        return SyntheticFrontDoor.generate(spec, known, managers, calendar);
    }

    /** The periods of care of the children the children in care teams hold, and of the leaving care teams' young people. */
    private List<HistoricPeriodOfCare> care(DemoSpecification spec, SyntheticPopulation.Population population, WorkforcePlan workforce,
                                            List<HistoricEnquiry> enquiries) {
        java.util.Set<String> careTeams = workforce.teamsOf(WorkforcePlan.CHILDREN_IN_CARE).stream().map(WorkforcePlan.Team::name)
                .collect(Collectors.toSet());
        java.util.Set<String> leavingCareTeams = workforce.teamsOf(WorkforcePlan.CARE_LEAVERS).stream().map(WorkforcePlan.Team::name)
                .collect(Collectors.toSet());
        List<DemoPerson> children = population.persons().stream().filter(DemoPerson::isChild).filter(p -> !p.unborn()).toList();
        Map<String, UUID> ids = persons.idsOfLocalIds(children.stream().map(DemoPerson::localId).toList());
        List<SyntheticCare.Child> inCare = new ArrayList<>();
        List<SyntheticCare.Child> leavers = new ArrayList<>();
        for (DemoPerson p : children) {
            SyntheticCare.Child c = new SyntheticCare.Child(ids.get(p.localId()), p.dateOfBirth(), p.responsibleTeam(),
                    p.unaccompaniedAsylumSeeker(), p.address().postcode());
            if (careTeams.contains(p.responsibleTeam())) inCare.add(c);
            else if (leavingCareTeams.contains(p.responsibleTeam())) leavers.add(c);
        }
        java.util.Set<UUID> protectionHistory = enquiries.stream().map(HistoricEnquiry::personId).collect(Collectors.toSet());
        List<String> careWorkers = workforce.users().stream().filter(u -> u.role() == Role.SOCIAL_WORKER && careTeams.contains(u.team()))
                .map(WorkforcePlan.User::displayName).toList();
        List<String> iros = workforce.users().stream().filter(u -> u.role() == Role.INDEPENDENT_REVIEWING_OFFICER)
                .map(WorkforcePlan.User::displayName).toList();
        return SyntheticCare.generate(spec, inCare, leavers, protectionHistory, careWorkers, iros, calendar);
    }

    private static List<String> socialWorkers(WorkforcePlan workforce) {
        return workforce.users().stream().filter(u -> u.role() == Role.SOCIAL_WORKER).map(WorkforcePlan.User::displayName).toList();
    }

    /**
     * The people module's records. Each relationship is given on the later of its two persons (a child
     * is CHILD_OF the parent before it, a younger sibling SIBLING of the elder), so every person a batch
     * names is in that batch or an earlier one.
     */
    static List<NewPerson> newPersons(SyntheticPopulation.Population population, Map<String, UUID> teamIds) {
        List<DemoPerson> persons = population.persons();
        Map<Integer, List<NewRelationship>> relationshipsOf = population.relationships().stream().collect(Collectors.groupingBy(
                r -> Math.max(r.from(), r.to()), Collectors.mapping(r -> relationship(r, persons), Collectors.toList())));
        List<NewPerson> result = new ArrayList<>(persons.size());
        for (DemoPerson p : persons) {
            DemoPerson.Address a = p.address();
            result.add(new NewPerson(p.localId(), details(p, teamIds.get(p.responsibleTeam())),
                    new NewAddress(a.line1(), null, a.town(), Postcode.of(a.postcode()), a.since()),
                    relationshipsOf.getOrDefault(p.number(), List.of())));
        }
        return result;
    }

    private static NewRelationship relationship(DemoRelationship r, List<DemoPerson> persons) {
        boolean givenOnFrom = r.from() > r.to();
        RelationshipType type = switch (r.type()) {
            case PARENT_OF -> RelationshipType.PARENT_OF;
            case SIBLING -> RelationshipType.SIBLING;
        };
        return new NewRelationship(givenOnFrom ? type : type.inverse(), persons.get(givenOnFrom ? r.to() : r.from()).localId(), r.since());
    }

    private static PersonDetails details(DemoPerson p, UUID team) {
        return new PersonDetails(p.givenName(), null, p.familyName(), null, Sex.of(p.sex()), null,
                p.dateOfBirth(), p.expectedDateOfBirth(), Ethnicity.of(p.ethnicity()), Religion.of(p.religion()),
                Language.of(p.firstLanguage()), p.interpreterNeeded(),
                p.disabilities().stream().map(Disability::of).collect(Collectors.toSet()),
                p.upn() == null ? null : UniquePupilNumber.of(p.upn()),
                p.upnUnknownReason() == null ? null : UpnUnknownReason.of(p.upnUnknownReason()),
                p.nhsNumber() == null ? null : NhsNumber.of(p.nhsNumber()),
                p.unaccompaniedAsylumSeeker(), p.immigrationStatus() == null ? null : ImmigrationStatus.of(p.immigrationStatus()),
                null, team, p.restrictionReason() != null, p.restrictionReason());
    }
}
