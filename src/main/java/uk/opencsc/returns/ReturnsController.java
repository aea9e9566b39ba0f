package uk.opencsc.returns;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.returns.cin.CensusPlace;
import uk.opencsc.returns.cin.rules.Failure;

/** The performance analyst's CIN census page: run the export with its validation, see the report by rule, drill down, download. */
@Controller
class ReturnsController {

    /** A rule can fail for every child; the page lists this many and says how many more there are. */
    static final int FAILURES_SHOWN = 500;

    private final CinCensusRuns runs;

    ReturnsController(CinCensusRuns runs) {
        this.runs = runs;
    }

    record YearForm(String year) {
    }

    @GetMapping("/returns/cin")
    String census(@RequestParam(required = false) Integer year, Model model) {
        int chosen = year == null ? runs.lastEndedYear() : year;
        return page(chosen, new YearForm(String.valueOf(chosen)), model);
    }

    @PostMapping("/returns/cin")
    String run(@ModelAttribute("form") YearForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        int year;
        try {
            year = Integer.parseInt(form.year() == null ? "" : form.year().trim());
            CinCensusRuns.CensusRun run = runs.run(year);
            redirect.addFlashAttribute("saved", "The " + year + " census was exported and validated: "
                    + run.result().children() + " children");
        } catch (NumberFormatException e) {
            errors.rejectValue("year", "required", "Select the census year, the year ending 31 March");
            return page(runs.lastEndedYear(), form, model);
        } catch (InvalidValueException e) {
            errors.rejectValue("year", "invalid", e.getMessage());
            return page(runs.lastEndedYear(), form, model);
        }
        return "redirect:/returns/cin?year=" + year;
    }

    private String page(int year, YearForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("years", runs.years().stream().map(y -> new CodeOption(String.valueOf(y), String.valueOf(y))).toList());
        model.addAttribute("year", year);
        runs.lastRun(year).ifPresent(run -> {
            model.addAttribute("run", run);
            model.addAttribute("rules", run.rules());
        });
        return "returns/cin";
    }

    @GetMapping("/returns/cin/{year}/rules/{code}")
    String rule(@PathVariable int year, @PathVariable String code, Model model) {
        CinCensusRuns.CensusRun run = runs.lastRun(year)
                .orElseThrow(() -> new NotFoundException("The " + year + " census has not been run since OpenCSC started"));
        CinCensusRuns.RuleCount rule = run.rules().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("No failures of rule " + code + " in the " + year + " census"));
        List<FailureRow> failures = run.failuresOf(code).stream().limit(FAILURES_SHOWN)
                .map(f -> FailureRow.of(f, run.personOf(f))).toList();
        model.addAttribute("run", run);
        model.addAttribute("rule", rule);
        model.addAttribute("failures", failures);
        model.addAttribute("more", rule.count() - failures.size());
        return "returns/cin-rule";
    }

    /** One failure as the drill-down lists it: the child (and their record, when known) and the element. */
    /**
     * @param where  the element in a social worker's words
     * @param fixAt  the page of the child's record holding the form that corrects it; null for the return as a whole
     */
    record FailureRow(String child, UUID personId, String element, String where, String fixAt) {

        static FailureRow of(Failure failure, UUID personId) {
            CensusPlace place = CensusPlace.of(failure.element());
            return new FailureRow(failure.child(), personId, failure.element().value(), place.words(),
                    personId == null ? null : "/children/" + personId + place.page());
        }
    }

    @GetMapping("/returns/cin/{year}/download")
    ResponseEntity<byte[]> download(@PathVariable int year) {
        CinCensusRuns.CensusRun run = runs.download(year);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cin-census-" + year + ".xml\"")
                .contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .body(run.xml());
    }
}
