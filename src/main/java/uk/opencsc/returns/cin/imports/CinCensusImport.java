package uk.opencsc.returns.cin.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.assessment.AssessmentBulkLoad;
import uk.opencsc.assessment.AssessmentFactor;
import uk.opencsc.assessment.AssessmentOutcome;
import uk.opencsc.assessment.CensusAssessments;
import uk.opencsc.assessment.HistoricAssessment;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.childinneed.CensusCinPlans;
import uk.opencsc.childinneed.ChildInNeedBulkLoad;
import uk.opencsc.childinneed.HistoricCinPlan;
import uk.opencsc.frontdoor.HistoricReferrals;
import uk.opencsc.frontdoor.HistoricReferrals.HistoricReferral;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.frontdoor.ReferralSource;
import uk.opencsc.people.Disability;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonsFromReturns;
import uk.opencsc.people.Sex;
import uk.opencsc.people.UniquePupilNumber;
import uk.opencsc.people.UpnUnknownReason;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.protection.AbuseCategory;
import uk.opencsc.protection.HistoricProtection;
import uk.opencsc.protection.HistoricProtection.CensusEnquiry;
import uk.opencsc.protection.HistoricProtection.CensusPlan;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CinDetails;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;
import uk.opencsc.returns.cin.CinDetails.CinPlanDates;
import uk.opencsc.returns.cin.CinDetails.ProtectionPlan;
import uk.opencsc.returns.cin.CinDetails.Section47;
import uk.opencsc.returns.cin.rules.ElementPath;

/**
 * Loads a checked CIN census into the record, all or nothing, in one transaction, each part through the module that
 * owns it: the children ({@link PeopleBulkLoad}), their CIN episodes ({@link HistoricReferrals}), assessments
 * ({@link AssessmentBulkLoad}), CIN plans ({@link ChildInNeedBulkLoad}), section 47 enquiries with their initial conferences
 * and child protection plans with their reviews ({@link HistoricProtection}), each checked there by the same rules as the
 * forms. A child is matched to the record by LAchildID (the person's local ID), else by UPN; one not found is recorded
 * with the census's identifiers and characteristics. An episode whose child already has a referral on its referral
 * date is on the record already and is left as it is, so importing a file twice changes nothing the second time.
 * Anything refused anywhere is reported against the child and the census element, and nothing is written.
 */
@Service
public class CinCensusImport {

    /** Thrown (rolling the transaction back) when anything in the census cannot be loaded. */
    public static final class Refused extends RuntimeException {
        private final List<ImportProblem> problems;

        Refused(List<ImportProblem> problems) {
            super(problems.size() + " problems refused the import");
            this.problems = List.copyOf(problems);
        }

        public List<ImportProblem> problems() {
            return problems;
        }
    }

    /** What an import wrote; {@code episodesOnRecord} were found already recorded and left as they were. */
    public record Outcome(int children, int childrenMatched, int childrenAdded, int referrals, int episodesOnRecord, int assessments,
                          int cinPlans, int section47Enquiries, int protectionPlans) {
        public boolean changedNothing() {
            return childrenAdded == 0 && referrals == 0;
        }
    }

    // the bulk loads name a row by its position in their list ("Referral 3 (person …): "); one row at a time it is always 1
    private static final Pattern ROW_PREFIX = Pattern.compile("^[A-Z][a-z]+ 1( \\([^)]*\\))?: ");

    private final PersonLookup persons;
    private final PersonsFromReturns personsFromReturns;
    private final PeopleBulkLoad peopleLoad;
    private final HistoricReferrals referrals;
    private final AssessmentBulkLoad assessmentLoad;
    private final ChildInNeedBulkLoad cinPlanLoad;
    private final HistoricProtection protection;
    private final ApplicationEventPublisher events;

    CinCensusImport(PersonLookup persons, PersonsFromReturns personsFromReturns, PeopleBulkLoad peopleLoad, HistoricReferrals referrals,
                    AssessmentBulkLoad assessmentLoad, ChildInNeedBulkLoad cinPlanLoad, HistoricProtection protection,
                    ApplicationEventPublisher events) {
        this.persons = persons;
        this.personsFromReturns = personsFromReturns;
        this.peopleLoad = peopleLoad;
        this.referrals = referrals;
        this.assessmentLoad = assessmentLoad;
        this.cinPlanLoad = cinPlanLoad;
        this.protection = protection;
        this.events = events;
    }

    /**
     * @param children        the census's children, already read without problems and free of census errors
     * @param file            the file's name, for the audit
     * @param responsibleTeam the team a child new to the record is recorded under
     * @throws Refused listing every child and element that could not be loaded; nothing is written
     */
    @Transactional
    public Outcome load(List<CensusChild> children, String file, UUID responsibleTeam) {
        List<ImportProblem> problems = new ArrayList<>();
        try {
            return load(children, file, responsibleTeam, problems);
        } catch (IllegalStateException e) {
            // the database refused a row the rules let through: the transaction is lost, so report what is known
            problems.add(new ImportProblem("-", "Children", "The database refused a row: " + e.getMessage()));
            throw new Refused(problems);
        }
    }

    private Outcome load(List<CensusChild> children, String file, UUID responsibleTeam, List<ImportProblem> problems) {
        People people = persons(children, responsibleTeam, problems);
        Map<UUID, Set<LocalDate>> onRecord = referrals.referralDates(new HashSet<>(people.personOf().values()));
        List<HistoricReferral> newReferrals = new ArrayList<>();
        List<Source> referralSources = new ArrayList<>();
        List<HistoricAssessment> newAssessments = new ArrayList<>();
        List<Source> assessmentSources = new ArrayList<>();
        List<HistoricCinPlan> newPlans = new ArrayList<>();
        List<Source> planSources = new ArrayList<>();
        List<CensusEnquiry> newEnquiries = new ArrayList<>();
        List<Source> enquirySources = new ArrayList<>();
        List<CensusPlan> newProtectionPlans = new ArrayList<>();
        List<Source> protectionPlanSources = new ArrayList<>();
        int episodesOnRecord = 0;
        for (CensusChild child : children) {
            UUID person = people.personOf().get(child);
            if (person == null) {
                continue;
            }
            Set<LocalDate> dates = onRecord.getOrDefault(person, Set.of());
            for (int e = 0; e < child.cinDetails().size(); e++) {
                CinDetails episode = child.cinDetails().get(e);
                ElementPath at = ElementPath.cinDetails(e);
                if (dates.contains(episode.referralDate())) {
                    episodesOnRecord++;
                    continue;
                }
                HistoricReferral referral = mapped(child, at, problems, REFERRAL_ELEMENTS, () -> new HistoricReferral(person, episode.referralDate(),
                        code(ReferralSource.class, "ReferralSource", episode.referralSource()),
                        optionalCode(PrimaryNeed.class, "PrimaryNeedCode", episode.primaryNeed()),
                        episode.closureDate(), optionalCode(ReasonForClosure.class, "ReasonForClosure", episode.reasonForClosure()),
                        Boolean.TRUE.equals(episode.referralNfa())));
                if (referral == null) {
                    continue;
                }
                newReferrals.add(referral);
                referralSources.add(new Source(child.name(), at));
                for (int a = 0; a < episode.assessments().size(); a++) {
                    CensusAssessment assessment = episode.assessments().get(a);
                    ElementPath where = at.then("Assessments", a);
                    HistoricAssessment historic = mapped(child, where, problems, ASSESSMENT_ELEMENTS, () -> CensusAssessments.of(person, assessment.startDate(),
                            assessment.internalReviewDate(), assessment.authorisationDate(), factors(assessment.factors()),
                            outcomeOf(episode)));
                    if (historic != null) {
                        newAssessments.add(historic);
                        assessmentSources.add(new Source(child.name(), where));
                    }
                }
                for (int p = 0; p < episode.cinPlans().size(); p++) {
                    CinPlanDates plan = episode.cinPlans().get(p);
                    newPlans.add(CensusCinPlans.of(person, plan.startDate(), plan.endDate(), episode.closureDate()));
                    planSources.add(new Source(child.name(), at.then("CINPlanDates", p)));
                }
                for (int k = 0; k < episode.section47s().size(); k++) {
                    Section47 enquiry = episode.section47s().get(k);
                    ElementPath where = at.then("Section47", k);
                    CensusEnquiry historic = mapped(child, where, problems, ENQUIRY_ELEMENTS, () -> new CensusEnquiry(person,
                            enquiry.startDate(), enquiry.initialCpcTarget(), enquiry.dateOfInitialCpc(),
                            Boolean.TRUE.equals(enquiry.icpcNotRequired()), planMadeAt(episode, enquiry.dateOfInitialCpc())));
                    if (historic != null) {
                        newEnquiries.add(historic);
                        enquirySources.add(new Source(child.name(), where));
                    }
                }
                for (int k = 0; k < episode.protectionPlans().size(); k++) {
                    ProtectionPlan plan = episode.protectionPlans().get(k);
                    ElementPath where = at.then("ChildProtectionPlans", k);
                    CensusPlan historic = mapped(child, where, problems, PROTECTION_PLAN_ELEMENTS, () -> new CensusPlan(person,
                            plan.startDate(), plan.endDate(), code(AbuseCategory.class, "InitialCategoryOfAbuse", plan.initialCategoryOfAbuse()),
                            code(AbuseCategory.class, "LatestCategoryOfAbuse", plan.latestCategoryOfAbuse()), plan.numberOfPreviousPlans(),
                            plan.reviewDates()));
                    if (historic != null) {
                        newProtectionPlans.add(historic);
                        protectionPlanSources.add(new Source(child.name(), where));
                    }
                }
            }
        }
        // in this order, each module's rules see what the earlier ones wrote: an assessment or plan needs its episode
        Set<String> refused = load(newReferrals, referralSources, referrals::record, problems, REFERRAL_ELEMENTS);
        load(within(newAssessments, assessmentSources, refused), assessmentSources, assessmentLoad::load, problems, ASSESSMENT_ELEMENTS);
        load(within(newPlans, planSources, refused), planSources, cinPlanLoad::load, problems, CIN_PLAN_ELEMENTS);
        load(within(newEnquiries, enquirySources, refused), enquirySources, protection::recordEnquiries, problems, ENQUIRY_ELEMENTS);
        load(within(newProtectionPlans, protectionPlanSources, refused), protectionPlanSources, protection::recordPlans, problems,
                PROTECTION_PLAN_ELEMENTS);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Outcome outcome = new Outcome(children.size(), children.size() - people.added(), people.added(), newReferrals.size(),
                episodesOnRecord, newAssessments.size(), newPlans.size(), newEnquiries.size(), newProtectionPlans.size());
        if (!outcome.changedNothing()) {
            events.publishEvent(new RecordChanged("cin-census-import", file, null, List.of(
                    new FieldChange("children", null, String.valueOf(outcome.children())),
                    new FieldChange("childrenAdded", null, String.valueOf(outcome.childrenAdded())),
                    new FieldChange("referrals", null, String.valueOf(outcome.referrals())),
                    new FieldChange("assessments", null, String.valueOf(outcome.assessments())),
                    new FieldChange("cinPlans", null, String.valueOf(outcome.cinPlans())),
                    new FieldChange("section47Enquiries", null, String.valueOf(outcome.section47Enquiries())),
                    new FieldChange("childProtectionPlans", null, String.valueOf(outcome.protectionPlans())))));
        }
        return outcome;
    }

    private record People(Map<CensusChild, UUID> personOf, int added) {
    }

    /** Each child's person on the record: matched by LAchildID, else by UPN, else recorded now. */
    private People persons(List<CensusChild> children, UUID team, List<ImportProblem> problems) {
        Map<String, CensusChild> byId = new LinkedHashMap<>();
        for (CensusChild child : children) {
            if (byId.putIfAbsent(child.laChildId(), child) != null) {
                problems.add(new ImportProblem(child.name(), "ChildIdentifiers/LAchildID",
                        "LAchildID " + child.laChildId() + " is given to two children in the file"));
            }
        }
        Map<String, UUID> byLocalId = persons.idsOfLocalIds(byId.keySet());
        Map<String, UUID> byUpn = personsFromReturns.idsOfUpns(children.stream()
                .filter(c -> !byLocalId.containsKey(c.laChildId()) && c.upn() != null).map(CensusChild::upn).toList());
        Map<CensusChild, UUID> personOf = new HashMap<>();
        List<NewPerson> newPersons = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (CensusChild child : byId.values()) {
            UUID found = byLocalId.getOrDefault(child.laChildId(), child.upn() == null ? null : byUpn.get(child.upn()));
            if (found != null) {
                personOf.put(child, found);
                continue;
            }
            NewPerson person = mapped(child, null, problems, PERSON_ELEMENTS, () -> new NewPerson(child.laChildId(),
                    PersonsFromReturns.unnamed("CIN census", child.laChildId(), code(Sex.class, "Sex", child.sex()), child.birthDate(),
                            child.expectedBirthDate(), code(Ethnicity.class, "Ethnicity", child.ethnicity()), disabilities(child),
                            child.upn() == null ? null : UniquePupilNumber.of(child.upn()),
                            optionalCode(UpnUnknownReason.class, "UPNunknown", child.upnUnknown()), child.deathDate(), team),
                    null, List.of()));
            if (person != null) {
                newPersons.add(person);
                sources.add(new Source(child.name(), null));
            }
        }
        load(newPersons, sources, peopleLoad::load, problems, PERSON_ELEMENTS);
        Map<String, UUID> added = persons.idsOfLocalIds(newPersons.stream().map(NewPerson::localId).toList());
        for (CensusChild child : byId.values()) {
            if (!personOf.containsKey(child) && added.containsKey(child.laChildId())) {
                personOf.put(child, added.get(child.laChildId()));
            }
        }
        return new People(personOf, added.size());
    }

    /** Where a row of a module's load came from in the census: the child, and the element (null: the child itself). */
    private record Source(String child, ElementPath element) {
        String episode() {
            return element == null ? child : child + " " + element.value().split("/")[0];
        }
    }

    // the modules' field names, as the census names the elements (relative to the row's element)
    private static final Map<String, String> PERSON_ELEMENTS = Map.ofEntries(
            Map.entry("localId", "ChildIdentifiers/LAchildID"), Map.entry("Sex", "ChildIdentifiers/Sex"),
            Map.entry("sex", "ChildIdentifiers/Sex"), Map.entry("dateOfBirth", "ChildIdentifiers/PersonBirthDate"),
            Map.entry("expectedDateOfBirth", "ChildIdentifiers/ExpectedPersonBirthDate"),
            Map.entry("dateOfDeath", "ChildIdentifiers/PersonDeathDate"), Map.entry("upn", "ChildIdentifiers/UPN"),
            Map.entry("UPNunknown", "ChildIdentifiers/UPNunknown"), Map.entry("upnUnknownReason", "ChildIdentifiers/UPNunknown"),
            Map.entry("Ethnicity", "ChildCharacteristics/Ethnicity"), Map.entry("ethnicity", "ChildCharacteristics/Ethnicity"),
            Map.entry("Disability", "ChildCharacteristics/Disabilities"), Map.entry("disabilities", "ChildCharacteristics/Disabilities"));
    private static final Map<String, String> REFERRAL_ELEMENTS = Map.of("referralDate", "CINreferralDate",
            "closureDate", "CINclosureDate", "reasonForClosure", "ReasonForClosure");
    private static final Map<String, String> ASSESSMENT_ELEMENTS = Map.of("startDate", "AssessmentActualStartDate",
            "factors", "FactorsIdentifiedAtAssessment", "AssessmentFactors", "FactorsIdentifiedAtAssessment",
            "authorisationDate", "AssessmentAuthorisationDate", "internalReviewDate", "AssessmentInternalReviewDate");
    private static final Map<String, String> CIN_PLAN_ELEMENTS = Map.of("startDate", "CINPlanStartDate", "endDate", "CINPlanEndDate");
    private static final Map<String, String> ENQUIRY_ELEMENTS = Map.of("heldDate", "S47ActualStartDate",
            "dateOfInitialConference", "DateOfInitialCPC", "initialConferenceNotRequired", "ICPCnotRequired");
    private static final Map<String, String> PROTECTION_PLAN_ELEMENTS = Map.of("startDate", "CPPstartDate", "endDate", "CPPendDate",
            "meetingDate", "Reviews");

    /**
     * Loads the rows in one go; when a module refuses one, loads them one by one to name every refused row (the
     * transaction is rolled back in the end anyway, and a refused row wrote nothing).
     *
     * @return the episodes (child and CINdetails) of the refused rows
     */
    private static <T> Set<String> load(List<T> rows, List<Source> sources, Consumer<List<T>> load, List<ImportProblem> problems,
                                        Map<String, String> elements) {
        Set<String> refused = new HashSet<>();
        if (rows.isEmpty()) {
            return refused;
        }
        try {
            load.accept(rows);
            return refused;
        } catch (IllegalArgumentException | RefusedException e) {
            // which rows: below
        }
        for (int i = 0; i < rows.size(); i++) {
            Source source = sources.get(i);
            try {
                load.accept(List.of(rows.get(i)));
            } catch (uk.opencsc.platform.validation.InvalidValueException e) {
                refused.add(source.episode());
                problems.add(problem(source, e.field(), ROW_PREFIX.matcher(e.getMessage()).replaceFirst(""), elements));
            } catch (RefusedException e) {
                refused.add(source.episode());
                e.problems().forEach(p -> problems.add(problem(source, p.field(), p.message(), elements)));
            }
        }
        return refused;
    }

    /** The rows whose episode was not refused (their own refusal would only repeat it); sources are kept in step. */
    private static <T> List<T> within(List<T> rows, List<Source> sources, Set<String> refusedEpisodes) {
        List<T> kept = new ArrayList<>();
        List<Source> keptSources = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!refusedEpisodes.contains(sources.get(i).episode())) {
                kept.add(rows.get(i));
                keptSources.add(sources.get(i));
            }
        }
        sources.clear();
        sources.addAll(keptSources);
        return kept;
    }

    /** Builds a module's row from a child's census values; a value the module refuses is reported and null returned. */
    private static <T> T mapped(CensusChild child, ElementPath base, List<ImportProblem> problems, Map<String, String> elements,
                                Supplier<T> row) {
        try {
            return row.get();
        } catch (uk.opencsc.platform.validation.InvalidValueException e) {
            problems.add(problem(new Source(child.name(), base), e.field(), e.getMessage(), elements));
            return null;
        } catch (RefusedException e) {
            e.problems().forEach(p -> problems.add(problem(new Source(child.name(), base), p.field(), p.message(), elements)));
            return null;
        }
    }

    private static ImportProblem problem(Source source, String field, String message, Map<String, String> elements) {
        String element = elements.get(field);
        if (element == null && field != null && !field.isEmpty() && Character.isUpperCase(field.charAt(0))) {
            element = field; // a census element name already
        }
        ElementPath path = element == null ? (source.element() == null ? ElementPath.of("ChildIdentifiers") : source.element())
                : source.element() == null ? ElementPath.of(element) : source.element().then(element);
        return new ImportProblem(source.child(), path.value(), message);
    }

    private static <E extends Enum<E> & CodeList> E code(Class<E> type, String element, String code) {
        if (code == null) {
            throw new uk.opencsc.platform.validation.InvalidValueException(element, element + " is required");
        }
        return CodeList.fromCode(type, element, code);
    }

    private static <E extends Enum<E> & CodeList> E optionalCode(Class<E> type, String element, String code) {
        return CodeList.fromOptionalCode(type, element, code);
    }

    private static Set<Disability> disabilities(CensusChild child) {
        Set<Disability> disabilities = EnumSet.noneOf(Disability.class);
        child.disabilities().forEach(code -> disabilities.add(code(Disability.class, "Disability", code)));
        return disabilities;
    }

    private static Set<AssessmentFactor> factors(List<String> codes) {
        Set<AssessmentFactor> factors = EnumSet.noneOf(AssessmentFactor.class);
        codes.forEach(code -> factors.add(code(AssessmentFactor.class, "AssessmentFactors", code)));
        return factors;
    }

    /** The initial category of the episode's plan that starts on the day of an initial conference: the plan it made. */
    private static AbuseCategory planMadeAt(CinDetails episode, LocalDate conference) {
        if (conference == null) {
            return null;
        }
        return episode.protectionPlans().stream().filter(p -> conference.equals(p.startDate())).findFirst()
                .map(p -> code(AbuseCategory.class, "InitialCategoryOfAbuse", p.initialCategoryOfAbuse())).orElse(null);
    }

    /**
     * What an authorised assessment led to, as far as the census shows it: a CIN plan, else a strategy discussion (a
     * section 47 followed), else no further action. The census does not record the outcome itself.
     */
    static AssessmentOutcome outcomeOf(CinDetails episode) {
        if (!episode.cinPlans().isEmpty()) {
            return AssessmentOutcome.CIN_PLAN;
        }
        return episode.section47s().isEmpty() ? AssessmentOutcome.NO_FURTHER_ACTION : AssessmentOutcome.STRATEGY_DISCUSSION;
    }
}
