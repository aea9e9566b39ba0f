package uk.opencsc.care;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.care.CarePlanningForms.EscalationForm;
import uk.opencsc.care.CarePlanningForms.FamilyTimeForm;
import uk.opencsc.care.CarePlanningForms.IroContactForm;
import uk.opencsc.care.CarePlanningForms.PermanenceForm;
import uk.opencsc.care.CarePlanningForms.PlanEndForm;
import uk.opencsc.care.CarePlanningForms.SessionForm;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The care planning page of a looked after child (permanence plans, the IRO's contacts and escalations, family time)
 * and its forms. Forms check access without auditing a view; the planning page is the audited view.
 */
@Controller
class CarePlanningController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));
    private static final List<CodeOption> PRIMARY = List.of(new CodeOption("yes", "The primary plan"),
            new CodeOption("no", "A parallel or contingency plan"));
    private static final String PAGE = "care planning page";

    private final CarePlanningRecords records;

    CarePlanningController(CarePlanningRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/care/planning")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "care/planning";
    }

    // permanence plans

    @GetMapping("/children/{id}/care/planning/permanence/new")
    String permanenceForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return permanencePage(id, new PermanenceForm(null, null, null, DateInput.of(records.today())), model);
    }

    @PostMapping("/children/{id}/care/planning/permanence/new")
    String permanence(@PathVariable UUID id, @ModelAttribute("form") PermanenceForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        PermanencePlanKind kind = FormValues.requiredCode(PermanencePlanKind.class, form.kind(), "kind", "the plan for permanence", errors);
        boolean primary = FormValues.requiredYesNo(form.primary(), "primary", "is this the primary plan?", errors);
        // asked only when there is a primary plan to replace; unanswered, a new primary plan does not replace it
        boolean replaces = form.replacesPrimary() != null
                && FormValues.requiredYesNo(form.replacesPrimary(), "replacesPrimary", "does this plan replace the current primary plan?", errors);
        LocalDate agreed = FormValues.requiredDate(form.agreedOn(), "agreedOn", "Date agreed", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordPlan(id, kind, primary, replaces, agreed));
        }
        if (errors.hasErrors()) {
            return permanencePage(id, form, model);
        }
        redirect.addFlashAttribute("saved", "Permanence plan recorded");
        return "redirect:/children/" + id + "/care/planning";
    }

    @GetMapping("/children/{id}/care/planning/permanence/{planId}/end")
    String endPlanForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        model.addAttribute("person", records.writable(id));
        return endPlanPage(records.plan(id, planId), new PlanEndForm(DateInput.of(records.today()), null), model);
    }

    @PostMapping("/children/{id}/care/planning/permanence/{planId}/end")
    String endPlan(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") PlanEndForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        PermanencePlan plan = records.plan(id, planId);
        LocalDate ended = FormValues.requiredDate(form.endedOn(), "endedOn", "Date the plan ended", errors);
        PlanEndReason reason = FormValues.requiredCode(PlanEndReason.class, form.reason(), "reason", "why the plan ended", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.endPlan(id, planId, ended, reason));
        }
        if (errors.hasErrors()) {
            return endPlanPage(plan, form, model);
        }
        redirect.addFlashAttribute("saved", "Permanence plan ended");
        return "redirect:/children/" + id + "/care/planning";
    }

    // the IRO's contacts

    @GetMapping("/children/{id}/care/planning/iro-contacts/new")
    String contactForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.forIro(id));
        return contactPage(new IroContactForm(DateInput.of(records.today()), null, null, null), model);
    }

    @PostMapping("/children/{id}/care/planning/iro-contacts/new")
    String contact(@PathVariable UUID id, @ModelAttribute("form") IroContactForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        model.addAttribute("person", records.forIro(id));
        LocalDate date = FormValues.requiredDate(form.contactDate(), "contactDate", "Date of the contact", errors);
        IroContactMethod method = FormValues.requiredCode(IroContactMethod.class, form.method(), "method", "how you were in touch", errors);
        boolean alone = FormValues.requiredYesNo(form.seenAlone(), "seenAlone", "was the child seen alone?", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordContact(id, date, method, alone, form.childsViews()));
        }
        if (errors.hasErrors()) {
            return contactPage(form, model);
        }
        redirect.addFlashAttribute("saved", "IRO contact recorded");
        return "redirect:/children/" + id + "/care/planning";
    }

    // escalations

    @GetMapping("/children/{id}/care/planning/escalations/new")
    String escalationForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.forIro(id));
        return escalationPage(null, new EscalationForm(DateInput.of(records.today()), List.of(), null, EscalationStage.INFORMAL.code(),
                null, DateInput.empty(), null), model);
    }

    @PostMapping("/children/{id}/care/planning/escalations/new")
    String escalation(@PathVariable UUID id, @ModelAttribute("form") EscalationForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        model.addAttribute("person", records.forIro(id));
        LocalDate raised = FormValues.requiredDate(form.raisedOn(), "raisedOn", "Date raised", errors);
        Set<EscalationConcern> concerns = FormValues.codes(EscalationConcern.class, form.concerns(), "concerns", errors);
        EscalationStage stage = FormValues.requiredCode(EscalationStage.class, form.stage(), "stage", "the stage", errors);
        LocalDate resolved = FormValues.optionalDate(form.resolvedOn(), "resolvedOn", "Date resolved", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.raiseEscalation(id, raised, concerns, form.issue(), stage, form.outcome(), resolved));
        }
        if (errors.hasErrors()) {
            return escalationPage(null, form, model);
        }
        redirect.addFlashAttribute("saved", "Escalation recorded");
        return "redirect:/children/" + id + "/care/planning";
    }

    @GetMapping("/children/{id}/care/planning/escalations/{escalationId}/edit")
    String editEscalationForm(@PathVariable UUID id, @PathVariable UUID escalationId, Model model) {
        model.addAttribute("person", records.forIro(id));
        IroEscalation e = records.escalation(id, escalationId);
        return escalationPage(e, new EscalationForm(null, e.concerns().stream().map(EscalationConcern::code).toList(), e.issue(),
                e.stage().code(), e.outcome(), e.resolvedOn() == null ? DateInput.empty() : DateInput.of(e.resolvedOn()), e.version()), model);
    }

    @PostMapping("/children/{id}/care/planning/escalations/{escalationId}/edit")
    String editEscalation(@PathVariable UUID id, @PathVariable UUID escalationId, @ModelAttribute("form") EscalationForm form,
                          BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.forIro(id));
        IroEscalation e = records.escalation(id, escalationId);
        Set<EscalationConcern> concerns = FormValues.codes(EscalationConcern.class, form.concerns(), "concerns", errors);
        EscalationStage stage = FormValues.requiredCode(EscalationStage.class, form.stage(), "stage", "the stage", errors);
        LocalDate resolved = FormValues.optionalDate(form.resolvedOn(), "resolvedOn", "Date resolved", errors);
        if (!errors.hasErrors()) {
            try {
                FormValues.refusable(errors, () -> records.updateEscalation(id, escalationId, FormValues.version(form.version()), concerns,
                        form.issue(), stage, form.outcome(), resolved));
            } catch (ChangedMeanwhileException conflict) {
                FormValues.changedMeanwhile(conflict, PAGE, errors);
                IroEscalation now = records.escalation(id, escalationId);
                return FormValues.conflictPage(escalationPage(now, form.withVersion(now.version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return escalationPage(e, form, model);
        }
        redirect.addFlashAttribute("saved", "Escalation updated");
        return "redirect:/children/" + id + "/care/planning";
    }

    // family time

    @GetMapping("/children/{id}/care/planning/family-time/new")
    String familyTimeForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return familyTimePage(new FamilyTimeForm(null, null, null, null, null, DateInput.of(records.today()), DateInput.empty()), model);
    }

    @PostMapping("/children/{id}/care/planning/family-time/new")
    String familyTime(@PathVariable UUID id, @ModelAttribute("form") FamilyTimeForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        FamilyTimeRelationship relationship = FormValues.requiredCode(FamilyTimeRelationship.class, form.relationship(), "relationship",
                "their relationship to the child", errors);
        FamilyTimeFrequency frequency = FormValues.requiredCode(FamilyTimeFrequency.class, form.frequency(), "frequency", "how often", errors);
        boolean supervised = FormValues.requiredYesNo(form.supervised(), "supervised", "is the family time supervised?", errors);
        LocalDate start = FormValues.requiredDate(form.startDate(), "startDate", "Start date", errors);
        LocalDate end = FormValues.optionalDate(form.endDate(), "endDate", "End date", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordFamilyTime(id, form.withWhom(), relationship, frequency, supervised,
                    form.supervisedBy(), start, end));
        }
        if (errors.hasErrors()) {
            return familyTimePage(form, model);
        }
        redirect.addFlashAttribute("saved", "Family time arrangement recorded");
        return "redirect:/children/" + id + "/care/planning";
    }

    @GetMapping("/children/{id}/care/planning/family-time/{arrangementId}/sessions/new")
    String sessionForm(@PathVariable UUID id, @PathVariable UUID arrangementId, Model model) {
        model.addAttribute("person", records.writable(id));
        return sessionPage(records.arrangement(id, arrangementId), new SessionForm(DateInput.of(records.today()), null, null), model);
    }

    @PostMapping("/children/{id}/care/planning/family-time/{arrangementId}/sessions/new")
    String session(@PathVariable UUID id, @PathVariable UUID arrangementId, @ModelAttribute("form") SessionForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        FamilyTime arrangement = records.arrangement(id, arrangementId);
        LocalDate date = FormValues.requiredDate(form.sessionDate(), "sessionDate", "Date of the session", errors);
        SessionOutcome outcome = FormValues.requiredCode(SessionOutcome.class, form.outcome(), "outcome", "what happened", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordSession(id, arrangementId, date, outcome, form.note()));
        }
        if (errors.hasErrors()) {
            return sessionPage(arrangement, form, model);
        }
        redirect.addFlashAttribute("saved", "Family time session recorded");
        return "redirect:/children/" + id + "/care/planning";
    }

    private String permanencePage(UUID id, PermanenceForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", PermanencePlanKind.values());
        model.addAttribute("primaryOptions", PRIMARY);
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("currentPrimary", records.currentPrimary(id).orElse(null));
        return "care/planning-permanence-form";
    }

    private String endPlanPage(PermanencePlan plan, PlanEndForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("reasons", Arrays.stream(PlanEndReason.values()).filter(r -> r != PlanEndReason.REPLACED).toList());
        return "care/planning-plan-end-form";
    }

    private String contactPage(IroContactForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("methods", IroContactMethod.values());
        model.addAttribute("yesNo", YES_NO);
        return "care/planning-iro-contact-form";
    }

    private String escalationPage(IroEscalation escalation, EscalationForm form, Model model) {
        model.addAttribute("escalation", escalation);
        model.addAttribute("form", form);
        model.addAttribute("concernOptions", EscalationConcern.values());
        model.addAttribute("stages", EscalationStage.values());
        return "care/planning-escalation-form";
    }

    private String familyTimePage(FamilyTimeForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("relationships", FamilyTimeRelationship.values());
        model.addAttribute("frequencies", FamilyTimeFrequency.values());
        model.addAttribute("yesNo", YES_NO);
        return "care/planning-family-time-form";
    }

    private String sessionPage(FamilyTime arrangement, SessionForm form, Model model) {
        model.addAttribute("arrangement", arrangement);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", SessionOutcome.values());
        return "care/planning-session-form";
    }
}
