package uk.opencsc.childinneed;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.childinneed.ChildInNeedForms.EndPlanForm;
import uk.opencsc.childinneed.ChildInNeedForms.PlanForm;
import uk.opencsc.childinneed.ChildInNeedForms.ReviewForm;
import uk.opencsc.childinneed.ChildInNeedForms.StartPlanForm;
import uk.opencsc.childinneed.ChildInNeedForms.VisitForm;
import uk.opencsc.platform.drafts.FormDrafts;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;
import uk.opencsc.platform.web.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The child in need pages of a child's record: the page with the plans, their reviews, visits and clocks, and the
 * forms that start, change, review, visit and end a plan. Forms check access without auditing a view; the child in
 * need page is the audited view.
 */
@Controller
class ChildInNeedController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));
    private static final String PAGE = "child in need page";
    private static final Formats FORMATS = new Formats();

    private final ChildInNeedRecords records;

    ChildInNeedController(ChildInNeedRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/child-in-need")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "childinneed/child-in-need";
    }

    // start

    @GetMapping("/children/{id}/child-in-need/plans/new")
    String startForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return startPage(id, new StartPlanForm(DateInput.of(records.today()), records.signedInName(), null, null), model);
    }

    @PostMapping("/children/{id}/child-in-need/plans/new")
    String start(@PathVariable UUID id, @ModelAttribute("form") StartPlanForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.startDate(), "startDate", "Start date", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.startPlan(id, date, form.leadWorker(), form.needsAndOutcomes(),
                    form.withoutAssessmentReason()));
        }
        if (errors.hasErrors()) {
            return startPage(id, form, model);
        }
        redirect.addFlashAttribute("saved", "Child in need plan started");
        return "redirect:/children/" + id + "/child-in-need";
    }

    // the plan's lead and its needs and outcomes

    @GetMapping("/children/{id}/child-in-need/plans/{planId}/edit")
    String editForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildInNeedPlan plan = records.plan(id, planId);
        // the worker's draft (saved by the button, the autosave, or just before a session timed out) comes back as typed;
        // if someone saved the plan since, its version says so and saving it gets the conflict message
        var draft = records.draft(planId);
        draft.ifPresent(d -> model.addAttribute("draftSavedAt", FORMATS.dateTime(d.savedAt())));
        return planPage(plan, draft.map(FormDrafts.Draft::form)
                .orElseGet(() -> new PlanForm(plan.leadWorker(), plan.needsAndOutcomes(), plan.version())), model);
    }

    @PostMapping("/children/{id}/child-in-need/plans/{planId}/edit")
    String edit(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") PlanForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildInNeedPlan plan = records.plan(id, planId);
        try {
            records.revisePlan(id, planId, FormValues.version(form.version()), form.leadWorker(), form.needsAndOutcomes());
        } catch (RefusedException e) {
            FormValues.reject(e.problems(), errors);
        } catch (ChangedMeanwhileException e) {
            FormValues.changedMeanwhile(e, PAGE, errors);
            return FormValues.conflictPage(planPage(plan, form.withVersion(records.plan(id, planId).version()), model), errors, model);
        }
        if (errors.hasErrors()) {
            return planPage(plan, form, model);
        }
        redirect.addFlashAttribute("saved", "Child in need plan saved");
        return "redirect:/children/" + id + "/child-in-need";
    }

    // the plan form's drafts (docs/drafts.md)

    /** "Save as draft" without JavaScript: save, then back to the form with what was typed. */
    @PostMapping("/children/{id}/child-in-need/plans/{planId}/draft")
    String saveDraft(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") PlanForm form,
                     RedirectAttributes redirect) {
        Instant at = records.saveDraft(id, planId, form);
        redirect.addFlashAttribute("saved", "Draft saved at " + FORMATS.time(at));
        return "redirect:/children/" + id + "/child-in-need/plans/" + planId + "/edit";
    }

    /** The autosave script's post: the same save, answered with the time instead of a page. */
    @PostMapping(path = "/children/{id}/child-in-need/plans/{planId}/draft", headers = "X-Autosave=true")
    @ResponseBody
    Map<String, String> autosaveDraft(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") PlanForm form) {
        return Map.of("saved", FORMATS.time(records.saveDraft(id, planId, form)));
    }

    @PostMapping("/children/{id}/child-in-need/plans/{planId}/draft/discard")
    String discardDraft(@PathVariable UUID id, @PathVariable UUID planId, RedirectAttributes redirect) {
        records.discardDraft(id, planId);
        redirect.addFlashAttribute("saved", "Draft discarded");
        return "redirect:/children/" + id + "/child-in-need/plans/" + planId + "/edit";
    }

    // reviews

    @GetMapping("/children/{id}/child-in-need/plans/{planId}/reviews/new")
    String reviewForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildInNeedPlan plan = records.plan(id, planId);
        return reviewPage(plan, new ReviewForm(DateInput.of(records.today()), null, null, null, plan.version()), model);
    }

    @PostMapping("/children/{id}/child-in-need/plans/{planId}/reviews/new")
    String review(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") ReviewForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildInNeedPlan plan = records.plan(id, planId);
        LocalDate date = FormValues.requiredDate(form.reviewDate(), "reviewDate", "Date of the review", errors);
        CinReviewDecision decision = FormValues.requiredCode(CinReviewDecision.class, form.decision(), "decision",
                "what the review decided", errors);
        CinPlanEndReason endReason = FormValues.optionalCode(CinPlanEndReason.class, form.endReason(), "endReason", errors);
        if (!errors.hasErrors()) {
            try {
                records.recordReview(id, planId, FormValues.version(form.version()), date, decision, form.notes(), endReason);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, PAGE, errors);
                return FormValues.conflictPage(reviewPage(plan, form.withVersion(records.plan(id, planId).version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return reviewPage(plan, form, model);
        }
        redirect.addFlashAttribute("saved", "Review recorded" + (decision == CinReviewDecision.END ? ": child in need plan ended" : ""));
        return "redirect:/children/" + id + "/child-in-need";
    }

    // visits

    @GetMapping("/children/{id}/child-in-need/plans/{planId}/visits/new")
    String visitForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildInNeedPlan plan = records.plan(id, planId);
        LocalDateTime now = records.now();
        return visitPage(plan, new VisitForm(DateInput.of(now.toLocalDate()), FormValues.format(now.toLocalTime()), null, null,
                null, null, null, records.signedInName()), model);
    }

    @PostMapping("/children/{id}/child-in-need/plans/{planId}/visits/new")
    String visit(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") VisitForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildInNeedPlan plan = records.plan(id, planId);
        LocalDate date = FormValues.requiredDate(form.visitDate(), "visitDate", "Date of the visit", errors);
        LocalTime time = FormValues.requiredTime(form.visitTime(), "visitTime", "Time of the visit", errors);
        boolean seen = FormValues.requiredYesNo(form.seen(), "seen", "was the child seen?", errors);
        // asked only of a child who was seen: left unanswered, a child not seen was not seen alone
        boolean alone = seen || form.seenAlone() != null
                ? FormValues.requiredYesNo(form.seenAlone(), "seenAlone", "was the child seen alone?", errors) : false;
        BedroomSeen bedroom = FormValues.requiredCode(BedroomSeen.class, form.bedroomSeen(), "bedroomSeen",
                "whether the child's bedroom was seen", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordVisit(id, planId, date.atTime(time), seen, alone, bedroom, form.childsViews(),
                    form.observations(), form.worker()));
        }
        if (errors.hasErrors()) {
            return visitPage(plan, form, model);
        }
        redirect.addFlashAttribute("saved", "Child in need visit recorded");
        return "redirect:/children/" + id + "/child-in-need";
    }

    // end

    @GetMapping("/children/{id}/child-in-need/plans/{planId}/end")
    String endForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildInNeedPlan plan = records.plan(id, planId);
        return endPage(plan, new EndPlanForm(DateInput.empty(), null, plan.version()), model);
    }

    @PostMapping("/children/{id}/child-in-need/plans/{planId}/end")
    String end(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") EndPlanForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildInNeedPlan plan = records.plan(id, planId);
        LocalDate date = FormValues.requiredDate(form.endDate(), "endDate", "End date", errors);
        CinPlanEndReason reason = FormValues.requiredCode(CinPlanEndReason.class, form.endReason(), "endReason",
                "why the plan ended", errors);
        if (!errors.hasErrors()) {
            try {
                records.endPlan(id, planId, FormValues.version(form.version()), date, reason);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, PAGE, errors);
                return FormValues.conflictPage(endPage(plan, form.withVersion(records.plan(id, planId).version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return endPage(plan, form, model);
        }
        redirect.addFlashAttribute("saved", "Child in need plan ended");
        return "redirect:/children/" + id + "/child-in-need";
    }

    private String startPage(UUID id, StartPlanForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", records.circumstances(id, form.startDate() == null
                ? records.today() : form.startDate().toDate().orElse(records.today())));
        return "childinneed/start-form";
    }

    private String planPage(ChildInNeedPlan plan, PlanForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        return "childinneed/plan-form";
    }

    private String reviewPage(ChildInNeedPlan plan, ReviewForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("decisions", CinReviewDecision.values());
        model.addAttribute("endReasons", CinPlanEndReason.values());
        return "childinneed/review-form";
    }

    private String visitPage(ChildInNeedPlan plan, VisitForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("bedroomOptions", BedroomSeen.values());
        return "childinneed/visit-form";
    }

    private String endPage(ChildInNeedPlan plan, EndPlanForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("endReasons", CinPlanEndReason.values());
        return "childinneed/end-form";
    }
}
