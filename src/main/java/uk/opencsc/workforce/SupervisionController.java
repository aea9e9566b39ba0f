package uk.opencsc.workforce;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Supervision pages: who is due in the teams in view, a worker's supervisions, recording one, reading one, and the
 * discussions about a child on the child's record. The recording form has two fields per child held, so it binds to
 * a map (field name to typed value) rather than a form record.
 */
@Controller
class SupervisionController {

    private final SupervisionRecords supervision;

    SupervisionController(SupervisionRecords supervision) {
        this.supervision = supervision;
    }

    @GetMapping("/workforce/supervision")
    String teams(Model model) {
        model.addAttribute("teams", supervision.teams());
        return "workforce/supervision-teams";
    }

    @GetMapping("/workforce/workers/{userId}/supervision")
    String worker(@PathVariable UUID userId, Model model) {
        model.addAttribute("page", supervision.ofWorker(userId));
        return "workforce/supervision-worker";
    }

    @GetMapping("/workforce/workers/{userId}/supervision/new")
    String form(@PathVariable UUID userId, Model model) {
        SupervisionRecords.Recording recording = supervision.recording(userId);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("heldOn", DateInput.of(supervision.today()));
        form.put("notes", "");
        for (PersonSummary c : recording.children()) {
            form.put("discussion" + SupervisionRecords.fieldOf(c.id()), "");
            form.put("decisions" + SupervisionRecords.fieldOf(c.id()), "");
        }
        return formPage(recording, form, new MapBindingResult(form, "form"), model);
    }

    @PostMapping("/workforce/workers/{userId}/supervision/new")
    String record(@PathVariable UUID userId, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        SupervisionRecords.Recording recording = supervision.recording(userId);
        Map<String, Object> form = new LinkedHashMap<>();
        DateInput heldOnTyped = new DateInput(params.getFirst("heldOn.day"), params.getFirst("heldOn.month"), params.getFirst("heldOn.year"));
        form.put("heldOn", heldOnTyped);
        form.put("notes", params.getFirst("notes"));
        List<SupervisionRecords.Typed> typed = new ArrayList<>();
        for (PersonSummary c : recording.children()) {
            String field = SupervisionRecords.fieldOf(c.id());
            String discussion = params.getFirst("discussion" + field);
            String decisions = params.getFirst("decisions" + field);
            form.put("discussion" + field, discussion == null ? "" : discussion);
            form.put("decisions" + field, decisions == null ? "" : decisions);
            typed.add(new SupervisionRecords.Typed(c.id(), discussion, decisions));
        }
        BindingResult errors = new MapBindingResult(form, "form");
        LocalDate heldOn = FormValues.requiredDate(heldOnTyped, "heldOn", "Date of the supervision", errors);
        if (!errors.hasErrors()) {
            try {
                UUID id = supervision.record(userId, heldOn, params.getFirst("notes"), typed);
                redirect.addFlashAttribute("saved", "Supervision of " + recording.worker().name() + " recorded");
                return "redirect:/workforce/supervisions/" + id;
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            }
        }
        return formPage(recording, form, errors, model);
    }

    @GetMapping("/workforce/supervisions/{supervisionId}")
    String supervision(@PathVariable UUID supervisionId, Model model) {
        model.addAttribute("shown", supervision.supervision(supervisionId));
        return "workforce/supervision";
    }

    @GetMapping("/children/{id}/supervision")
    String child(@PathVariable UUID id, Model model) {
        PersonSummary child = supervision.child(id);
        model.addAttribute("discussions", supervision.aboutChild(child));
        model.addAttribute("person", child);
        return "workforce/supervision-child";
    }

    private static String formPage(SupervisionRecords.Recording recording, Map<String, Object> form, BindingResult errors, Model model) {
        model.addAttribute("recording", recording);
        Map<UUID, String> fields = new LinkedHashMap<>();
        recording.children().forEach(c -> fields.put(c.id(), SupervisionRecords.fieldOf(c.id())));
        model.addAttribute("fields", fields);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return "workforce/supervision-form";
    }
}
