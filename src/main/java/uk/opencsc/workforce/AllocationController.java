package uk.opencsc.workforce;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
import uk.opencsc.workforce.WorkforceForms.AllocateForm;
import uk.opencsc.workforce.WorkforceForms.EndForm;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's allocation: who holds the child and who did, and the manager's forms to allocate, reallocate and end.
 * The page is the audited view; the forms are open only to a team manager or head of service who may change the
 * child's record.
 */
@Controller
class AllocationController {

    private final AllocationRecords records;

    AllocationController(AllocationRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/allocation")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "workforce/allocation";
    }

    @GetMapping("/children/{id}/allocation/new")
    String allocateForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.allocatable(id));
        Allocation current = records.current(id).orElse(null);
        return allocatePage(current, new AllocateForm(null, DateInput.of(records.today()), null,
                current == null ? null : current.id().toString(), current == null ? null : current.version()), model);
    }

    @PostMapping("/children/{id}/allocation/new")
    String allocate(@PathVariable UUID id, @ModelAttribute("form") AllocateForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        model.addAttribute("person", records.allocatable(id));
        UUID worker = uuid(form.workerUserId());
        if (worker == null) {
            errors.rejectValue("workerUserId", "required", "Select the worker to allocate the child to");
        }
        LocalDate on = FormValues.requiredDate(form.allocatedOn(), "allocatedOn", "Date of allocation", errors);
        if (form.reason() == null || form.reason().isBlank()) {
            errors.rejectValue("reason", "required", "Enter the reason for allocation");
        }
        if (!errors.hasErrors()) {
            try {
                records.allocate(id, uuid(form.currentAllocationId()), FormValues.version(form.version()), worker, on, form.reason());
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "child's allocation", errors);
                Allocation now = records.current(id).orElse(null);
                String page = allocatePage(now, new AllocateForm(form.workerUserId(), form.allocatedOn(), form.reason(),
                        now == null ? null : now.id().toString(), now == null ? null : now.version()), model);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
                return page;
            }
        }
        if (errors.hasErrors()) {
            return allocatePage(records.current(id).orElse(null), form, model);
        }
        redirect.addFlashAttribute("saved", "Child allocated");
        return "redirect:/children/" + id + "/allocation";
    }

    @GetMapping("/children/{id}/allocation/end")
    String endForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.allocatable(id));
        Allocation current = records.current(id).orElse(null);
        if (current == null) {
            return "redirect:/children/" + id + "/allocation";
        }
        return endPage(current, new EndForm(DateInput.of(records.today()), null, current.id().toString(), current.version()), model);
    }

    @PostMapping("/children/{id}/allocation/end")
    String end(@PathVariable UUID id, @ModelAttribute("form") EndForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        model.addAttribute("person", records.allocatable(id));
        LocalDate on = FormValues.requiredDate(form.endedOn(), "endedOn", "Date the allocation ended", errors);
        if (!errors.hasErrors()) {
            try {
                records.end(id, uuid(form.currentAllocationId()), FormValues.version(form.version()), on, form.endReason());
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "child's allocation", errors);
            }
        }
        if (errors.hasErrors()) {
            return endPage(records.current(id).orElse(null), form, model);
        }
        redirect.addFlashAttribute("saved", "Allocation ended: the child now waits for a worker if their episode is open");
        return "redirect:/children/" + id + "/allocation";
    }

    private String allocatePage(Allocation current, AllocateForm form, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("workers", records.workerChoices().stream()
                .map(w -> new CodeOption(w.userId().toString(), w.name() + " (" + w.teamName() + ", "
                        + (w.caseload() == 1 ? "1 child" : w.caseload() + " children") + ")"))
                .toList());
        return "workforce/allocate-form";
    }

    private String endPage(Allocation current, EndForm form, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        return "workforce/end-form";
    }

    /** A posted id, or null when blank or not an id (then the rules say what is missing). */
    private static UUID uuid(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
