package uk.opencsc.workforce;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.FormValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The caseloads page (teams, workers, trend, leaders' footprint) and the administrator's caseload and supervision settings. */
@Controller
class CaseloadController {

    private final CaseloadRecords caseloads;

    CaseloadController(CaseloadRecords caseloads) {
        this.caseloads = caseloads;
    }

    /** The settings as typed: every number as text so a typing mistake comes back as typed. */
    record SettingsForm(String weightChildProtection, String weightLookedAfter, String weightChildInNeed, String weightAssessmentOrOther,
                        String caseloadThreshold, String supervisionWeeks, String newlyQualifiedSupervisionWeeks, Integer version) {

        static SettingsForm of(CaseloadSettings s) {
            CaseWeighting w = s.weighting();
            return new SettingsForm(plain(w.weightOf(CaseType.CHILD_PROTECTION)), plain(w.weightOf(CaseType.LOOKED_AFTER)),
                    plain(w.weightOf(CaseType.CHILD_IN_NEED)), plain(w.weightOf(CaseType.ASSESSMENT_OR_OTHER)),
                    plain(s.threshold().limit()), String.valueOf(s.supervision().weeks()),
                    String.valueOf(s.supervision().newlyQualifiedWeeks()), s.version());
        }

        String weight(CaseType type) {
            return switch (type) {
                case CHILD_PROTECTION -> weightChildProtection;
                case LOOKED_AFTER -> weightLookedAfter;
                case CHILD_IN_NEED -> weightChildInNeed;
                case ASSESSMENT_OR_OTHER -> weightAssessmentOrOther;
            };
        }

        SettingsForm withVersion(int v) {
            return new SettingsForm(weightChildProtection, weightLookedAfter, weightChildInNeed, weightAssessmentOrOther, caseloadThreshold,
                    supervisionWeeks, newlyQualifiedSupervisionWeeks, v);
        }

        private static String plain(BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
    }

    @GetMapping("/workforce/caseloads")
    String caseloads(@RequestParam(required = false) UUID team, @RequestParam(required = false) String weeks, Model model) {
        int footprintWeeks = LeadersFootprint.DEFAULT_WEEKS;
        if (weeks != null && !weeks.isBlank()) {
            try {
                footprintWeeks = Integer.parseInt(weeks.trim());
            } catch (NumberFormatException e) {
                footprintWeeks = -1;
            }
            if (footprintWeeks < 1 || footprintWeeks > 52) {
                model.addAttribute("weeksError", "Weeks must be a whole number from 1 to 52, like 4");
                footprintWeeks = LeadersFootprint.DEFAULT_WEEKS;
            }
        }
        model.addAttribute("overview", caseloads.overview(team, footprintWeeks));
        model.addAttribute("weeks", weeks == null || model.containsAttribute("weeksError") ? weeks : String.valueOf(footprintWeeks));
        model.addAttribute("caseTypes", CaseType.values());
        return "workforce/caseloads";
    }

    @GetMapping("/workforce/caseloads/settings")
    String settingsForm(Model model) {
        CaseloadSettings settings = caseloads.settingsForEditing();
        return settingsPage(SettingsForm.of(settings), settings, model);
    }

    @PostMapping("/workforce/caseloads/settings")
    String saveSettings(@ModelAttribute("form") SettingsForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CaseloadSettings current = caseloads.settingsForEditing();
        Map<CaseType, BigDecimal> weights = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            BigDecimal w = decimal(form.weight(type));
            if (w != null) weights.put(type, w);
        }
        List<FieldProblem> problems = new ArrayList<>(CaseWeighting.problems(weights));
        BigDecimal threshold = decimal(form.caseloadThreshold());
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.valueOf(999)) > 0
                || threshold.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("caseloadThreshold", "Caseload threshold must be a number more than 0 and up to 999, like 18"));
        }
        Integer standard = whole(form.supervisionWeeks());
        Integer newlyQualified = whole(form.newlyQualifiedSupervisionWeeks());
        problems.addAll(SupervisionDue.problems(standard == null ? 0 : standard, newlyQualified == null ? 0 : newlyQualified));
        FormValues.reject(problems, errors);
        if (!errors.hasErrors()) {
            try {
                caseloads.saveSettings(new CaseWeighting(weights), new CaseloadThreshold(threshold), new SupervisionDue(standard, newlyQualified),
                        FormValues.version(form.version()));
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "caseload settings", errors);
                CaseloadSettings now = caseloads.settingsForEditing();
                return FormValues.conflictPage(settingsPage(form.withVersion(now.version()), now, model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return settingsPage(form, current, model);
        }
        redirect.addFlashAttribute("saved", "Caseload and supervision settings saved");
        return "redirect:/workforce/caseloads";
    }

    private static String settingsPage(SettingsForm form, CaseloadSettings settings, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("settings", settings);
        return "workforce/caseload-settings";
    }

    private static BigDecimal decimal(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : new BigDecimal(typed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
