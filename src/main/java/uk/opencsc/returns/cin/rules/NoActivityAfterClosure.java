package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;
import uk.opencsc.returns.cin.CinDetails.CinPlanDates;
import uk.opencsc.returns.cin.CinDetails.ProtectionPlan;
import uk.opencsc.returns.cin.CinDetails.Section47;

/**
 * 8565: once an episode closes nothing more happens within it, so no assessment, section 47 enquiry, initial
 * conference, child protection plan end or CIN plan date may fall after its closure date (the same day is
 * allowed). Each late date is named.
 */
final class NoActivityAfterClosure implements ChildRule {

    @Override
    public String code() {
        return "8565";
    }

    @Override
    public String message() {
        return "Activity shown after a case has been closed";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            LocalDate closed = episode.closureDate();
            if (closed == null) {
                continue;
            }
            ElementPath at = ElementPath.cinDetails(e);
            if (after(episode.dateOfInitialCpc(), closed)) {
                breaches.add(at.then("DateOfInitialCPC"));
            }
            for (int a = 0; a < episode.assessments().size(); a++) {
                CensusAssessment assessment = episode.assessments().get(a);
                if (after(assessment.startDate(), closed)) {
                    breaches.add(at.then("Assessments", a).then("AssessmentActualStartDate"));
                }
                if (after(assessment.authorisationDate(), closed)) {
                    breaches.add(at.then("Assessments", a).then("AssessmentAuthorisationDate"));
                }
            }
            for (int p = 0; p < episode.cinPlans().size(); p++) {
                CinPlanDates plan = episode.cinPlans().get(p);
                if (after(plan.startDate(), closed)) {
                    breaches.add(at.then("CINPlanDates", p).then("CINPlanStartDate"));
                }
                if (after(plan.endDate(), closed)) {
                    breaches.add(at.then("CINPlanDates", p).then("CINPlanEndDate"));
                }
            }
            for (int s = 0; s < episode.section47s().size(); s++) {
                Section47 enquiry = episode.section47s().get(s);
                if (after(enquiry.startDate(), closed)) {
                    breaches.add(at.then("Section47", s).then("S47ActualStartDate"));
                }
                if (after(enquiry.dateOfInitialCpc(), closed)) {
                    breaches.add(at.then("Section47", s).then("DateOfInitialCPC"));
                }
            }
            for (int c = 0; c < episode.protectionPlans().size(); c++) {
                ProtectionPlan plan = episode.protectionPlans().get(c);
                if (after(plan.endDate(), closed)) {
                    breaches.add(at.then("ChildProtectionPlans", c).then("CPPendDate"));
                }
            }
        }
        return breaches;
    }

    private static boolean after(LocalDate date, LocalDate closed) {
        return date != null && date.isAfter(closed);
    }
}
