package uk.opencsc.adoption;

import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a household of prospective adopters must keep, each problem naming its field: the process runs
 * enquiry, stage 1, stage 2, approval in that order (Adoption Agencies Regulations 2005 Part 4, as amended in 2013);
 * approval follows the end of stage 2 and names who approved; leaving gives a reason; nothing is in the future.
 */
public final class HouseholdRules {

    private HouseholdRules() {
    }

    public static List<FieldProblem> household(HouseholdDetails h, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (h.familyRef() == null) problems.add(new FieldProblem("familyRef", "Enter the family identifier"));
        if (h.firstAdopter() == null) problems.add(new FieldProblem("firstAdopter", "Enter the first adopter's name"));
        if (h.enquiryDate() == null) problems.add(new FieldProblem("enquiryDate", "Enter the date of the enquiry"));
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("enquiryDate", h.enquiryDate());
        dates.put("stage1Start", h.stage1Start());
        dates.put("stage1End", h.stage1End());
        dates.put("stage2Start", h.stage2Start());
        dates.put("stage2End", h.stage2End());
        dates.put("approvalDate", h.approvalDate());
        dates.put("leftDate", h.leftDate());
        dates.forEach((field, d) -> {
            if (d != null && d.isAfter(today)) problems.add(new FieldProblem(field, "The date must be today or in the past"));
        });
        inOrder(problems, "stage1Start", "Stage 1 start", h.stage1Start(), "the enquiry", h.enquiryDate());
        inOrder(problems, "stage1End", "Stage 1 end", h.stage1End(), "stage 1 started", h.stage1Start());
        inOrder(problems, "stage2Start", "Stage 2 start", h.stage2Start(), "stage 1 ended", h.stage1End());
        inOrder(problems, "stage2End", "Stage 2 end", h.stage2End(), "stage 2 started", h.stage2Start());
        inOrder(problems, "approvalDate", "Approval", h.approvalDate(), "stage 2 ended", h.stage2End());
        if (h.approvalDate() != null && h.approvedBy() == null) {
            problems.add(new FieldProblem("approvedBy", "Select who approved the adopters"));
        }
        if (h.approvalDate() == null && h.approvedBy() != null) {
            problems.add(new FieldProblem("approvalDate", "Enter the date of the approval"));
        }
        inOrder(problems, "leftDate", "Leaving the process", h.leftDate(), "the enquiry", h.enquiryDate());
        if (h.leftDate() != null && h.leftReason() == null) {
            problems.add(new FieldProblem("leftReason", "Select why the adopters left the process"));
        }
        if (h.leftDate() == null && h.leftReason() != null) {
            problems.add(new FieldProblem("leftDate", "Enter the date the adopters left the process"));
        }
        return problems;
    }

    /** A later step needs the earlier one recorded, on or before it. */
    private static void inOrder(List<FieldProblem> problems, String field, String what, LocalDate later, String earlierWhat,
                                LocalDate earlier) {
        if (later == null) return;
        if (earlier == null) {
            problems.add(new FieldProblem(field, what + " needs the date " + earlierWhat + " first"));
        } else if (later.isBefore(earlier)) {
            problems.add(new FieldProblem(field, what + " must be on or after the date " + earlierWhat + ", " + earlier));
        }
    }
}
