package uk.opencsc.protection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The child protection pages of a child's record: the page with the strategy discussions, enquiries,
 * conferences, plans and their clocks, and the forms that record each. Forms check access without auditing a
 * view; the child protection page is the audited view.
 */
@Controller
class ProtectionController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));

    private final ProtectionRecords records;

    ProtectionController(ProtectionRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/protection")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "protection/protection";
    }

    // strategy discussion

    @GetMapping("/children/{id}/protection/strategy-discussions/new")
    String discussionForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        LocalDateTime now = records.now();
        return discussionPage(new StrategyDiscussionForm(DateInput.of(now.toLocalDate()), FormValues.format(now.toLocalTime()),
                null, null, null, null), model);
    }

    @PostMapping("/children/{id}/protection/strategy-discussions/new")
    String recordDiscussion(@PathVariable UUID id, @ModelAttribute("form") StrategyDiscussionForm form, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.heldDate(), "heldDate", "Date of the strategy discussion", errors);
        LocalTime time = FormValues.requiredTime(form.heldTime(), "heldTime", "Time of the strategy discussion", errors);
        Set<Agency> agencies = FormValues.codes(Agency.class, form.agencies(), "agencies", errors);
        StrategyDecision decision = FormValues.optionalCode(StrategyDecision.class, form.decision(), "decision", errors);
        if (!errors.hasErrors()) {
            refusable(errors, () -> records.recordStrategyDiscussion(id, date.atTime(time), agencies, form.attendees(),
                    decision, form.rationale()));
        }
        if (errors.hasErrors()) {
            return discussionPage(form, model);
        }
        redirect.addFlashAttribute("saved", decision == StrategyDecision.SECTION_47
                ? "Strategy discussion recorded: section 47 enquiry started" : "Strategy discussion recorded");
        return "redirect:/children/" + id + "/protection";
    }

    // section 47 outcome

    @GetMapping("/children/{id}/protection/enquiries/{enquiryId}/outcome")
    String outcomeForm(@PathVariable UUID id, @PathVariable UUID enquiryId, Model model) {
        model.addAttribute("person", records.writable(id));
        Section47Enquiry enquiry = records.enquiry(id, enquiryId);
        return outcomePage(enquiry, new OutcomeForm(null, DateInput.of(records.today()), null, enquiry.version()), model);
    }

    @PostMapping("/children/{id}/protection/enquiries/{enquiryId}/outcome")
    String recordOutcome(@PathVariable UUID id, @PathVariable UUID enquiryId, @ModelAttribute("form") OutcomeForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        Section47Enquiry enquiry = records.enquiry(id, enquiryId);
        Section47Outcome outcome = FormValues.requiredCode(Section47Outcome.class, form.outcome(), "outcome", "the outcome of the enquiry", errors);
        LocalDate date = FormValues.requiredDate(form.outcomeDate(), "outcomeDate", "Date of the outcome", errors);
        if (!errors.hasErrors()) {
            try {
                records.recordOutcome(id, enquiryId, FormValues.version(form.version()), outcome, date, form.icpcNotRequiredWhy());
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
                return conflict(outcomePage(enquiry, form.withVersion(records.enquiry(id, enquiryId).version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return outcomePage(enquiry, form, model);
        }
        redirect.addFlashAttribute("saved", "Section 47 outcome recorded: " + outcome.label());
        return "redirect:/children/" + id + "/protection";
    }

    // initial conference

    @GetMapping("/children/{id}/protection/enquiries/{enquiryId}/conference")
    String conferenceForm(@PathVariable UUID id, @PathVariable UUID enquiryId, Model model) {
        model.addAttribute("person", records.writable(id));
        Section47Enquiry enquiry = records.enquiry(id, enquiryId);
        return conferencePage(enquiry, new ConferenceForm(DateInput.of(records.today()), null, null, enquiry.version()), model);
    }

    @PostMapping("/children/{id}/protection/enquiries/{enquiryId}/conference")
    String recordConference(@PathVariable UUID id, @PathVariable UUID enquiryId, @ModelAttribute("form") ConferenceForm form,
                            BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        Section47Enquiry enquiry = records.enquiry(id, enquiryId);
        LocalDate date = FormValues.requiredDate(form.conferenceDate(), "conferenceDate", "Date of the conference", errors);
        ConferenceOutcome outcome = FormValues.requiredCode(ConferenceOutcome.class, form.outcome(), "outcome", "what the conference decided", errors);
        Set<AbuseCategory> categories = FormValues.codes(AbuseCategory.class, form.categories(), "categories", errors);
        if (!errors.hasErrors()) {
            try {
                records.recordConference(id, enquiryId, FormValues.version(form.version()), date, outcome, categories);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
                return conflict(conferencePage(enquiry, form.withVersion(records.enquiry(id, enquiryId).version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return conferencePage(enquiry, form, model);
        }
        redirect.addFlashAttribute("saved", outcome == ConferenceOutcome.PLAN
                ? "Initial conference recorded: child protection plan started" : "Initial conference recorded: no plan");
        return "redirect:/children/" + id + "/protection";
    }

    // core group meetings and review conferences

    @GetMapping("/children/{id}/protection/plans/{planId}/core-groups/new")
    String coreGroupForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        return meetingForm(id, planId, ProtectionMeeting.Kind.CORE_GROUP, model);
    }

    @PostMapping("/children/{id}/protection/plans/{planId}/core-groups/new")
    String recordCoreGroup(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") MeetingForm form,
                           BindingResult errors, Model model, RedirectAttributes redirect) {
        return recordMeeting(id, planId, ProtectionMeeting.Kind.CORE_GROUP, form, errors, model, redirect);
    }

    @GetMapping("/children/{id}/protection/plans/{planId}/reviews/new")
    String reviewForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        return meetingForm(id, planId, ProtectionMeeting.Kind.REVIEW_CONFERENCE, model);
    }

    @PostMapping("/children/{id}/protection/plans/{planId}/reviews/new")
    String recordReview(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") MeetingForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        return recordMeeting(id, planId, ProtectionMeeting.Kind.REVIEW_CONFERENCE, form, errors, model, redirect);
    }

    private String meetingForm(UUID id, UUID planId, ProtectionMeeting.Kind kind, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildProtectionPlan plan = records.plan(id, planId);
        return meetingPage(plan, kind, new MeetingForm(DateInput.of(records.today()), null, null, plan.version()), model);
    }

    private String recordMeeting(UUID id, UUID planId, ProtectionMeeting.Kind kind, MeetingForm form, BindingResult errors,
                                 Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildProtectionPlan plan = records.plan(id, planId);
        LocalDate date = FormValues.requiredDate(form.meetingDate(), "meetingDate", "Date of the meeting", errors);
        ReviewOutcome outcome = FormValues.optionalCode(ReviewOutcome.class, form.reviewOutcome(), "reviewOutcome", errors);
        AbuseCategory latest = FormValues.optionalCode(AbuseCategory.class, form.latestCategory(), "latestCategory", errors);
        if (!errors.hasErrors()) {
            try {
                records.recordMeeting(id, planId, FormValues.version(form.version()), kind, date, outcome, latest);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
                return conflict(meetingPage(plan, kind, form.withVersion(records.plan(id, planId).version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return meetingPage(plan, kind, form, model);
        }
        redirect.addFlashAttribute("saved", kind.label() + " recorded"
                + (outcome == ReviewOutcome.END_PLAN ? ": child protection plan ended" : ""));
        return "redirect:/children/" + id + "/protection";
    }

    // visits

    @GetMapping("/children/{id}/protection/plans/{planId}/visits/new")
    String visitForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildProtectionPlan plan = records.plan(id, planId);
        return visitPage(plan, new VisitForm(DateInput.of(records.today()), null, null, null, null, null), model);
    }

    @PostMapping("/children/{id}/protection/plans/{planId}/visits/new")
    String recordVisit(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") VisitForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildProtectionPlan plan = records.plan(id, planId);
        LocalDate date = FormValues.requiredDate(form.visitDate(), "visitDate", "Date of the visit", errors);
        boolean seen = FormValues.requiredYesNo(form.seen(), "seen", "was the child seen?", errors);
        boolean alone = FormValues.requiredYesNo(form.seenAlone(), "seenAlone", "was the child seen alone?", errors);
        boolean bedroom = FormValues.requiredYesNo(form.bedroomSeen(), "bedroomSeen", "was the child's bedroom seen?", errors);
        if (!errors.hasErrors()) {
            refusable(errors, () -> records.recordVisit(id, planId, date, seen, alone, bedroom, form.childsViews(), form.observations()));
        }
        if (errors.hasErrors()) {
            return visitPage(plan, form, model);
        }
        redirect.addFlashAttribute("saved", "Child protection visit recorded");
        return "redirect:/children/" + id + "/protection";
    }

    // end of the plan

    @GetMapping("/children/{id}/protection/plans/{planId}/end")
    String endForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildProtectionPlan plan = records.plan(id, planId);
        return endPage(plan, new EndPlanForm(DateInput.empty(), null, plan.version()), model);
    }

    @PostMapping("/children/{id}/protection/plans/{planId}/end")
    String endPlan(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") EndPlanForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildProtectionPlan plan = records.plan(id, planId);
        LocalDate date = FormValues.requiredDate(form.endDate(), "endDate", "End date", errors);
        if (!errors.hasErrors()) {
            try {
                records.endPlan(id, planId, FormValues.version(form.version()), date, form.endReason());
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
                return conflict(endPage(plan, form.withVersion(records.plan(id, planId).version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return endPage(plan, form, model);
        }
        redirect.addFlashAttribute("saved", "Child protection plan ended");
        return "redirect:/children/" + id + "/protection";
    }

    // emergency protection orders and police protection

    @GetMapping("/children/{id}/protection/orders/new")
    String orderForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return orderPage(new OrderForm(null, DateInput.empty(), DateInput.empty()), model);
    }

    @PostMapping("/children/{id}/protection/orders/new")
    String recordOrder(@PathVariable UUID id, @ModelAttribute("form") OrderForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ProtectiveOrderKind kind = FormValues.requiredCode(ProtectiveOrderKind.class, form.kind(), "kind", "the kind of order", errors);
        LocalDate start = FormValues.requiredDate(form.startDate(), "startDate", "Start date", errors);
        LocalDate end = FormValues.optionalDate(form.endDate(), "endDate", "End date", errors);
        if (!errors.hasErrors()) {
            refusable(errors, () -> records.recordOrder(id, kind, start, end));
        }
        if (errors.hasErrors()) {
            return orderPage(form, model);
        }
        redirect.addFlashAttribute("saved", kind.label() + " recorded");
        return "redirect:/children/" + id + "/protection";
    }

    private String discussionPage(StrategyDiscussionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agencyOptions", Agency.values());
        model.addAttribute("decisions", StrategyDecision.values());
        return "protection/strategy-discussion-form";
    }

    private String outcomePage(Section47Enquiry enquiry, OutcomeForm form, Model model) {
        model.addAttribute("enquiry", enquiry);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", Section47Outcome.values());
        return "protection/outcome-form";
    }

    private String conferencePage(Section47Enquiry enquiry, ConferenceForm form, Model model) {
        model.addAttribute("enquiry", enquiry);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", ConferenceOutcome.values());
        model.addAttribute("categoryOptions", AbuseCategory.values());
        return "protection/conference-form";
    }

    private String meetingPage(ChildProtectionPlan plan, ProtectionMeeting.Kind kind, MeetingForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("kind", kind);
        model.addAttribute("review", kind == ProtectionMeeting.Kind.REVIEW_CONFERENCE);
        model.addAttribute("headingKey", kind == ProtectionMeeting.Kind.REVIEW_CONFERENCE
                ? "protection.review.heading" : "protection.coreGroup.heading");
        model.addAttribute("form", form);
        model.addAttribute("reviewOutcomes", ReviewOutcome.values());
        model.addAttribute("categoryOptions", AbuseCategory.values());
        return "protection/meeting-form";
    }

    private String visitPage(ChildProtectionPlan plan, VisitForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("yesNo", YES_NO);
        return "protection/visit-form";
    }

    private String endPage(ChildProtectionPlan plan, EndPlanForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        return "protection/end-form";
    }

    private String orderPage(OrderForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", ProtectiveOrderKind.values());
        return "protection/order-form";
    }

    /** The page re-rendered with the conflict: the typed values kept, the version now current. */
    private static String conflict(String page, BindingResult errors, Model model) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return page;
    }

    private static void refusable(Errors errors, Supplier<?> work) {
        try {
            work.get();
        } catch (RefusedException e) {
            FormValues.reject(e.problems(), errors);
        }
    }



    private static void changedMeanwhile(ChangedMeanwhileException e, Errors errors) {
        FormValues.changedMeanwhile(e, "child protection page", errors);
    }
}
