package uk.opencsc.returns.cin;

import uk.opencsc.returns.cin.rules.ElementPath;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on a child's record a census element is recorded, in a social worker's words, and the page of the record
 * that holds the form to correct it: {@code CINdetails[2]/Assessments[1]/AssessmentActualStartDate} is "the start
 * date of assessment 1 of referral 2", corrected on the child's assessments page.
 *
 * @param words what the element is, e.g. "the date of birth"
 * @param page  the record's page relative to the child's, e.g. {@code /assessments}; empty for the child's own page
 */
public record CensusPlace(String words, String page) {

    private static final Pattern STEP = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");

    /** The element's own words; a repeated section's words carry its position. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("LAchildID", "the child's local ID"),
            Map.entry("UPN", "the unique pupil number (UPN)"),
            Map.entry("FormerUPN", "the former UPN"),
            Map.entry("UPNunknown", "the reason the UPN is not known"),
            Map.entry("PersonBirthDate", "the date of birth"),
            Map.entry("ExpectedPersonBirthDate", "the expected date of birth"),
            Map.entry("Sex", "the sex"),
            Map.entry("PersonDeathDate", "the date of death"),
            Map.entry("Ethnicity", "the ethnicity"),
            Map.entry("Disabilities", "the disabilities"),
            Map.entry("Disability", "a disability"),
            Map.entry("CINreferralDate", "the referral date"),
            Map.entry("ReferralSource", "the referral source"),
            Map.entry("PrimaryNeedCode", "the primary need"),
            Map.entry("CINclosureDate", "the closure date"),
            Map.entry("ReasonForClosure", "the reason for closure"),
            Map.entry("DateOfInitialCPC", "the initial child protection conference date"),
            Map.entry("ReferralNFA", "no further action on the referral"),
            Map.entry("AssessmentActualStartDate", "the start date"),
            Map.entry("AssessmentInternalReviewDate", "the review date"),
            Map.entry("AssessmentAuthorisationDate", "the authorisation date"),
            Map.entry("AssessmentFactors", "the factors identified"),
            Map.entry("FactorsIdentifiedAtAssessment", "the factors identified"),
            Map.entry("CINPlanStartDate", "the start date"),
            Map.entry("CINPlanEndDate", "the end date"),
            Map.entry("S47ActualStartDate", "the start date"),
            Map.entry("InitialCPCtarget", "the target date for the initial conference"),
            Map.entry("ICPCnotRequired", "initial conference not required"),
            Map.entry("CPPstartDate", "the start date"),
            Map.entry("CPPendDate", "the end date"),
            Map.entry("InitialCategoryOfAbuse", "the initial category of abuse"),
            Map.entry("LatestCategoryOfAbuse", "the latest category of abuse"),
            Map.entry("NumberOfPreviousCPP", "the number of previous plans"),
            Map.entry("Reviews", "the review conferences"),
            Map.entry("CPPreviewDate", "a review conference date"));

    /** The repeated sections, named as a worker knows them, with the page of the record that holds them. */
    private record Section(String name, String page) {
    }

    private static final Map<String, Section> SECTIONS = Map.of(
            "CINdetails", new Section("referral", "/front-door"),
            "Assessments", new Section("assessment", "/assessments"),
            "CINPlanDates", new Section("child in need plan", "/child-in-need"),
            "Section47", new Section("section 47 enquiry", "/protection"),
            "ChildProtectionPlans", new Section("child protection plan", "/protection"));

    public static CensusPlace of(ElementPath element) {
        String[] steps = element.value().split("/");
        StringBuilder within = new StringBuilder();
        String page = "";
        String words = null;
        for (String step : steps) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            Section section = SECTIONS.get(name);
            if (section != null) {
                page = section.page();
                String positioned = m.group(2) == null ? "the " + section.name() : section.name() + " " + m.group(2);
                within.insert(0, within.isEmpty() ? positioned : positioned + " of ");
                words = null;
            } else if (name.equals("ChildIdentifiers") || name.equals("ChildCharacteristics")) {
                page = "/edit";
            } else {
                words = WORDS.getOrDefault(name, name);
            }
        }
        if (words == null) {
            return new CensusPlace(within.isEmpty() ? "the child's details" : within.toString(), page);
        }
        return new CensusPlace(within.isEmpty() ? words : words + " of " + within, page);
    }
}
