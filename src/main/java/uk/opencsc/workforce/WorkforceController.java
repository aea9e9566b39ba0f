package uk.opencsc.workforce;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.Formats;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.workforce.WorkforceForms.EmploymentForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The children waiting for a worker, the teams' workers with their caseloads, and a worker's employment form. */
@Controller
class WorkforceController {

    private final ChildrenWaiting waiting;
    private final WorkerRecords workers;
    private final RecordAccess access;

    WorkforceController(ChildrenWaiting waiting, WorkerRecords workers, RecordAccess access) {
        this.waiting = waiting;
        this.workers = workers;
        this.access = access;
    }

    @GetMapping("/workforce/waiting")
    String waiting(Model model) {
        if (!access.currentUser().map(u -> u.role().readsRecords()).orElse(false)) {
            throw new NotPermittedException("You may not see children's records");
        }
        model.addAttribute("children", waiting.forCurrentUser());
        model.addAttribute("scope", access.currentUser().map(u -> switch (u.role().readScope()) {
            case TEAM -> "your team";
            case SERVICE -> "your service";
            default -> "the authority";
        }).orElse(""));
        model.addAttribute("mayAllocate", access.currentUser().map(u -> AllocationRules.ALLOCATORS.contains(u.role())).orElse(false));
        return "workforce/waiting";
    }

    @GetMapping("/workforce/workers")
    String workers(Model model) {
        model.addAttribute("teams", workers.teams());
        model.addAttribute("mayEdit", workers.mayEdit());
        return "workforce/workers";
    }

    @GetMapping("/workforce/workers/{userId}/edit")
    String editForm(@PathVariable UUID userId, Model model) {
        WorkerRecords.Editable editable = workers.editable(userId);
        WorkerEmployment e = editable.worker().employment();
        EmploymentForm form = e == null
                ? new EmploymentForm("", "", DateInput.empty(), "1.0", Employment.PERMANENT.code(), DateInput.empty(), DateInput.empty(), null, null)
                : new EmploymentForm(e.registrationNumber() == null ? "" : e.registrationNumber().value(),
                e.qualification() == null ? "" : e.qualification(), DateInput.of(e.qualifiedOn()), new Formats().number(e.fte()),
                e.employment().code(), DateInput.of(e.startedOn()), DateInput.of(e.leftOn()),
                e.leavingReason() == null ? null : e.leavingReason().code(), e.version());
        return editPage(editable, form, model);
    }

    @PostMapping("/workforce/workers/{userId}/edit")
    String save(@PathVariable UUID userId, @ModelAttribute("form") EmploymentForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        WorkerRecords.Editable editable = workers.editable(userId);
        RegistrationNumber registration = null;
        if (form.registrationNumber() != null && !form.registrationNumber().isBlank()) {
            try {
                registration = RegistrationNumber.of(form.registrationNumber());
            } catch (InvalidValueException e) {
                errors.rejectValue("registrationNumber", "invalid", e.getMessage());
            }
        }
        LocalDate qualifiedOn = FormValues.optionalDate(form.qualifiedOn(), "qualifiedOn", "Date qualified", errors);
        BigDecimal fte = null;
        if (form.fte() == null || form.fte().isBlank()) {
            errors.rejectValue("fte", "required", "Enter the full-time equivalent, like 1.0 or 0.6");
        } else {
            try {
                fte = new BigDecimal(form.fte().trim());
            } catch (NumberFormatException e) {
                errors.rejectValue("fte", "invalid", "Full-time equivalent must be a number between 0.1 and 1.0, like 0.6");
            }
        }
        Employment employment = FormValues.requiredCode(Employment.class, form.employment(), "employment", "how the worker is employed", errors);
        LocalDate startedOn = FormValues.requiredDate(form.startedOn(), "startedOn", "Start date", errors);
        LocalDate leftOn = FormValues.optionalDate(form.leftOn(), "leftOn", "Leaving date", errors);
        LeavingReason reason = FormValues.optionalCode(LeavingReason.class, form.leavingReason(), "leavingReason", errors);
        if (!errors.hasErrors()) {
            try {
                workers.save(userId, form.version() == null ? -1 : form.version(), registration, form.qualification(), qualifiedOn, fte,
                        employment, startedOn, leftOn, reason);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "worker's details", errors);
                WorkerRecords.Editable now = workers.editable(userId);
                String page = editPage(now, form.withVersion(now.worker().employment() == null ? null : now.worker().employment().version()), model);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
                return page;
            }
        }
        if (errors.hasErrors()) {
            return editPage(editable, form, model);
        }
        redirect.addFlashAttribute("saved", "Details of " + editable.worker().name() + " saved");
        return "redirect:/workforce/workers";
    }

    private String editPage(WorkerRecords.Editable editable, EmploymentForm form, Model model) {
        model.addAttribute("worker", editable.worker());
        model.addAttribute("teamHistory", editable.teamHistory());
        model.addAttribute("form", form);
        model.addAttribute("employments", Employment.values());
        model.addAttribute("leavingReasons", LeavingReason.values());
        return "workforce/worker-form";
    }
}
