package uk.opencsc.assessment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.assessment.AssessmentForms.AuthoriseForm;
import uk.opencsc.assessment.AssessmentForms.EditForm;
import uk.opencsc.assessment.AssessmentForms.ReturnForm;
import uk.opencsc.assessment.AssessmentForms.StartForm;
import uk.opencsc.assessment.AssessmentForms.SubmitForm;
import uk.opencsc.platform.drafts.FormDrafts;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.CodeList;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.validation.UnknownCodeException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;
import uk.opencsc.platform.web.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child and family assessment pages of a child's record: the list with each assessment's clock, one
 * assessment, and the forms that start, write, submit, return and authorise it. Forms check access without
 * auditing a view; the list and the assessment page are the audited views.
 */
@Controller
class AssessmentController {

    private static final Formats FORMATS = new Formats();

    private static final Pattern SEEN_FIELD = Pattern.compile("childSeen\\[(\\d+)](.*)");
    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));

    private final AssessmentRecords records;

    AssessmentController(AssessmentRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/assessments")
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "assessment/assessments";
    }

    @GetMapping("/children/{id}/assessments/{assessmentId}")
    String page(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
        AssessmentRecords.AssessmentRow row = records.viewOne(id, assessmentId);
        model.addAttribute("person", records.readable(id));
        model.addAttribute("row", row);
        model.addAttribute("a", row.assessment());
        model.addAttribute("mayAuthorise", records.mayAuthorise());
        records.draft(assessmentId).ifPresent(d -> model.addAttribute("draftSavedAt", FORMATS.dateTime(d.savedAt())));
        return "assessment/assessment";
    }

    // start

    @GetMapping("/children/{id}/assessments/new")
    String startForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        model.addAttribute("form", new StartForm(DateInput.of(records.today())));
        return "assessment/start-form";
    }

    @PostMapping("/children/{id}/assessments/new")
    String start(@PathVariable UUID id, @ModelAttribute("form") StartForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = requiredDate(form.startDate(), "startDate", "Start date", errors);
        UUID started = null;
        if (!errors.hasErrors()) {
            try {
                started = records.start(id, date);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            }
        }
        if (errors.hasErrors()) {
            return "assessment/start-form";
        }
        redirect.addFlashAttribute("saved", "Child and family assessment started");
        return "redirect:/children/" + id + "/assessments/" + started;
    }

    // edit

    @GetMapping("/children/{id}/assessments/{assessmentId}/edit")
    String editForm(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildAndFamilyAssessment a = records.assessment(id, assessmentId);
        if (!a.state().editable()) {
            return "redirect:/children/" + id + "/assessments/" + assessmentId;
        }
        // the worker's draft (saved by the button, the autosave, or just before a session timed out) comes back as typed;
        // if someone saved the assessment since, its version says so and saving it gets the conflict message
        var draft = records.draft(assessmentId);
        draft.ifPresent(d -> model.addAttribute("draftSavedAt", FORMATS.dateTime(d.savedAt())));
        return editPage(a, draft.map(FormDrafts.Draft::form).orElseGet(() -> EditForm.of(a)), null, model);
    }

    @PostMapping("/children/{id}/assessments/{assessmentId}/edit")
    String save(@PathVariable UUID id, @PathVariable UUID assessmentId, @ModelAttribute("form") EditForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildAndFamilyAssessment a = records.assessment(id, assessmentId);
        // the days seen, without the blank rows; rowOf[n] is the form's row of the n-th day, so a problem lands on it
        List<ChildSeen> seen = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        List<AssessmentForms.SeenInput> rows = form.childSeen() == null ? List.of() : form.childSeen();
        for (int i = 0; i < rows.size(); i++) {
            AssessmentForms.SeenInput row = rows.get(i);
            if (AssessmentForms.SeenInput.blank(row)) {
                continue;
            }
            LocalDate on = requiredDate(row.on(), "childSeen[" + i + "].on", "Date the child was seen", errors);
            if (row.alone() == null || row.alone().isBlank()) {
                errors.rejectValue("childSeen[" + i + "].alone", "required", "Select whether the child was seen alone on this day");
            } else if (on != null) {
                seen.add(new ChildSeen(on, "yes".equals(row.alone())));
                rowOf.add(i);
            }
        }
        LocalDate reviewed = form.internalReviewDate() == null || form.internalReviewDate().isBlank() ? null
                : requiredDate(form.internalReviewDate(), "internalReviewDate", "Internal review date", errors);
        Set<AssessmentFactor> factors = codes(form.factors(), errors);
        AssessmentOutcome outcome = optionalCode(AssessmentOutcome.class, form.outcome(), "outcome", errors);
        if (!errors.hasErrors()) {
            try {
                records.save(id, assessmentId, FormValues.version(form.version()), form.worker(), seen,
                        form.childsWords(), factors, form.analysis(), outcome, reviewed, null);
            } catch (RefusedException e) {
                FormValues.reject(e.problems().stream().map(p -> onRow(p, rowOf)).toList(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
                // the typed text stays; the form now names the version just saved, so saving again is a deliberate choice
                return editPage(a, form.withVersion(records.assessment(id, assessmentId).version()), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return editPage(a, form, errors, model);
        }
        redirect.addFlashAttribute("saved", "Assessment saved");
        return "redirect:/children/" + id + "/assessments/" + assessmentId;
    }

    // drafts (docs/drafts.md)

    /** "Save as draft" without JavaScript: save, then back to the form with what was typed. */
    @PostMapping("/children/{id}/assessments/{assessmentId}/draft")
    String saveDraft(@PathVariable UUID id, @PathVariable UUID assessmentId, @ModelAttribute("form") EditForm form,
                     RedirectAttributes redirect) {
        Instant at = records.saveDraft(id, assessmentId, form);
        redirect.addFlashAttribute("saved", "Draft saved at " + FORMATS.time(at));
        return "redirect:/children/" + id + "/assessments/" + assessmentId + "/edit";
    }

    /** The autosave script's post: the same save, answered with the time instead of a page. */
    @PostMapping(path = "/children/{id}/assessments/{assessmentId}/draft", headers = "X-Autosave=true")
    @ResponseBody
    Map<String, String> autosaveDraft(@PathVariable UUID id, @PathVariable UUID assessmentId, @ModelAttribute("form") EditForm form) {
        return Map.of("saved", FORMATS.time(records.saveDraft(id, assessmentId, form)));
    }

    @PostMapping("/children/{id}/assessments/{assessmentId}/draft/discard")
    String discardDraft(@PathVariable UUID id, @PathVariable UUID assessmentId, RedirectAttributes redirect) {
        records.discardDraft(id, assessmentId);
        redirect.addFlashAttribute("saved", "Draft discarded");
        return "redirect:/children/" + id + "/assessments/" + assessmentId + "/edit";
    }

    // submit

    @PostMapping("/children/{id}/assessments/{assessmentId}/submit")
    String submit(@PathVariable UUID id, @PathVariable UUID assessmentId, @ModelAttribute("form") SubmitForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        records.writable(id);
        ChildAndFamilyAssessment a = records.assessment(id, assessmentId);
        LocalDate on = records.today();
        if (form.submittedOn() != null && !form.submittedOn().isBlank()) {
            on = requiredDate(form.submittedOn(), "submittedOn", "Date of submission", errors);
            if (on == null) {
                redirect.addFlashAttribute("problems", errors.getFieldErrors().stream()
                        .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())).toList());
                return "redirect:/children/" + id + "/assessments/" + assessmentId;
            }
        }
        try {
            records.save(id, assessmentId, FormValues.version(form.version()), a.worker(), a.childSeen(), a.childsWords(),
                    a.factors(), a.analysis(), a.outcome(), a.internalReviewDate(), on);
        } catch (RefusedException e) {
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/children/" + id + "/assessments/" + assessmentId;
        } catch (ChangedMeanwhileException e) {
            redirect.addFlashAttribute("problems", List.of(new FieldProblem("version", changedMessage(e))));
            return "redirect:/children/" + id + "/assessments/" + assessmentId;
        }
        redirect.addFlashAttribute("saved", "Assessment submitted for authorisation");
        return "redirect:/children/" + id + "/assessments/" + assessmentId;
    }

    // return

    @GetMapping("/children/{id}/assessments/{assessmentId}/return")
    String returnForm(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildAndFamilyAssessment a = records.assessment(id, assessmentId);
        return decisionPage(a, new ReturnForm(null, a.version()), "assessment/return-form", model);
    }

    @PostMapping("/children/{id}/assessments/{assessmentId}/return")
    String returnToWorker(@PathVariable UUID id, @PathVariable UUID assessmentId, @ModelAttribute("form") ReturnForm form,
                          BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildAndFamilyAssessment a = records.assessment(id, assessmentId);
        try {
            records.returnToWorker(id, assessmentId, FormValues.version(form.version()), form.returnReason());
        } catch (RefusedException e) {
            FormValues.reject(e.problems(), errors);
        } catch (ChangedMeanwhileException e) {
            changedMeanwhile(e, errors);
        }
        if (errors.hasErrors()) {
            return decisionPage(a, form, "assessment/return-form", model);
        }
        redirect.addFlashAttribute("saved", "Assessment returned to the worker");
        return "redirect:/children/" + id + "/assessments/" + assessmentId;
    }

    // authorise

    @GetMapping("/children/{id}/assessments/{assessmentId}/authorise")
    String authoriseForm(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
        model.addAttribute("person", records.writable(id));
        ChildAndFamilyAssessment a = records.assessment(id, assessmentId);
        return decisionPage(a, new AuthoriseForm(DateInput.of(records.today()), null, null, a.version()), "assessment/authorise-form", model);
    }

    @PostMapping("/children/{id}/assessments/{assessmentId}/authorise")
    String authorise(@PathVariable UUID id, @PathVariable UUID assessmentId, @ModelAttribute("form") AuthoriseForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        ChildAndFamilyAssessment a = records.assessment(id, assessmentId);
        LocalDate date = requiredDate(form.authorisationDate(), "authorisationDate", "Authorisation date", errors);
        if (!errors.hasErrors()) {
            try {
                records.authorise(id, assessmentId, FormValues.version(form.version()), form.rationale(), date, form.delayReason());
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
            }
        }
        if (errors.hasErrors()) {
            return decisionPage(a, form, "assessment/authorise-form", model);
        }
        redirect.addFlashAttribute("saved", "Assessment authorised");
        return "redirect:/children/" + id + "/assessments/" + assessmentId;
    }

    /** The edit form; after a refusal {@code errors} are shown on the form as typed plus its blank day row. */
    private String editPage(ChildAndFamilyAssessment a, EditForm form, BindingResult errors, Model model) {
        EditForm shown = form.withRoomForAnotherDay();
        model.addAttribute("a", a);
        model.addAttribute("form", shown);
        if (errors != null) {
            BeanPropertyBindingResult onShown = new BeanPropertyBindingResult(shown, "form");
            onShown.addAllErrors(errors);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", onShown);
        }
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("factorOptions", AssessmentFactor.values());
        model.addAttribute("outcomes", AssessmentOutcome.values());
        return "assessment/edit-form";
    }

    private String decisionPage(ChildAndFamilyAssessment a, Object form, String view, Model model) {
        model.addAttribute("a", a);
        model.addAttribute("form", form);
        model.addAttribute("dueDate", records.dueDate(a));
        return view;
    }

    /** A rule's problem with the n-th day seen, named by the form's row that day came from. */
    private static FieldProblem onRow(FieldProblem p, List<Integer> rowOf) {
        Matcher m = SEEN_FIELD.matcher(p.field());
        return m.matches() ? new FieldProblem("childSeen[" + rowOf.get(Integer.parseInt(m.group(1))) + "]" + m.group(2), p.message()) : p;
    }

    private static LocalDate requiredDate(DateInput input, String field, String label, Errors errors) {
        if (input == null || input.isBlank()) {
            errors.rejectValue(field, "required", "Enter the " + label.toLowerCase());
            return null;
        }
        return input.problem().map(p -> {
            errors.rejectValue(field, "invalid", label + " " + p);
            return (LocalDate) null;
        }).orElseGet(() -> input.toDate().orElseThrow());
    }

    private static <E extends Enum<E> & CodeList> E optionalCode(Class<E> type, String code, String field, Errors errors) {
        try {
            return CodeList.fromOptionalCode(type, field, code);
        } catch (UnknownCodeException e) {
            errors.rejectValue(field, "unknown", e.getMessage());
            return null;
        }
    }

    private static Set<AssessmentFactor> codes(List<String> codes, Errors errors) {
        Set<AssessmentFactor> values = EnumSet.noneOf(AssessmentFactor.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                values.add(AssessmentFactor.of(code.trim()));
            } catch (UnknownCodeException e) {
                errors.rejectValue("factors", "unknown", e.getMessage());
            }
        }
        return values;
    }

    private static void changedMeanwhile(ChangedMeanwhileException e, Errors errors) {
        errors.reject("changed", changedMessage(e));
    }

    private static String changedMessage(ChangedMeanwhileException e) {
        return "This assessment was changed by " + e.changedBy() + " at "
                + FORMATS.time(e.changedAt())
                + " since you opened it. Your changes have not been saved. Check the assessment in another tab, "
                + "then save again if this is still right.";
    }
}
