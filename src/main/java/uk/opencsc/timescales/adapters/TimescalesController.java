package uk.opencsc.timescales.adapters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.timescales.LocalSetting;
import uk.opencsc.timescales.RuleId;
import uk.opencsc.timescales.TimescaleRule;
import uk.opencsc.timescales.TimescaleRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The timescales page: every rule with its source and setting; administrators change the local ones. */
@Controller
class TimescalesController {

    private final TimescaleSettings settings;
    private final Clock clock;

    @Autowired
    TimescalesController(TimescaleSettings settings, Optional<Clock> clock) {
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * One row of the table.
     *
     * @param current  the rule as it applies to obligations starting today
     * @param upcoming the rule as it will apply from {@code upcomingFrom}, or null when no change is scheduled
     */
    record RuleRow(TimescaleRule rule, TimescaleRule current, TimescaleRule upcoming, LocalDate upcomingFrom) {
    }

    @GetMapping("/timescales")
    String rules(Model model, Authentication signedIn) {
        LocalDate today = LocalDate.now(clock);
        TimescaleRules rules = settings.rules();
        var rows = settings.catalogue().rules().stream().map(rule -> {
            var later = settings.history(rule.id()).stream().map(LocalSettingsRepository.StoredSetting::setting)
                    .map(LocalSetting::effectiveFrom).filter(d -> d.isAfter(today)).min(LocalDate::compareTo);
            return new RuleRow(rule, rules.ruleFor(rule, today), later.map(d -> rules.ruleFor(rule, d)).orElse(null),
                    later.orElse(null));
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("administrator", isAdministrator(signedIn));
        return "timescales/rules";
    }

    @GetMapping("/timescales/{id}/setting")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String settingForm(@PathVariable String id, Model model) {
        TimescaleRule rule = changeable(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", LocalSettingForm.of(settings.rules().ruleFor(rule, today), settings.currentVersion(rule.id())));
        return show(rule, today, model);
    }

    @PostMapping("/timescales/{id}/setting")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String changeSetting(@PathVariable String id, @ModelAttribute("form") LocalSettingForm form, BindingResult errors,
                         Model model, Authentication signedIn, RedirectAttributes redirect) {
        TimescaleRule rule = changeable(id);
        LocalDate today = LocalDate.now(clock);
        LocalSetting setting = form.toSetting(rule, today, errors);
        if (setting == null) {
            return show(rule, today, model);
        }
        try {
            settings.change(setting, form.version(), signedIn.getName());
        } catch (SettingChangedMeanwhile e) {
            // shown again as typed, but at the current version, so saving again is a deliberate choice
            var again = new LocalSettingForm(form.first(), form.repeat(), form.effectiveFrom(), settings.currentVersion(rule.id()));
            var againErrors = new BeanPropertyBindingResult(again, "form");
            againErrors.reject("timescales.setting.conflict");
            model.addAttribute("form", again);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", againErrors);
            return show(rule, today, model);
        }
        TimescaleRule changed = settings.rules().ruleFor(rule, setting.effectiveFrom());
        redirect.addFlashAttribute("changed", rule.name() + ": " + changed.describeLimits() + ", for work starting on or after "
                + setting.effectiveFrom());
        return "redirect:/timescales";
    }

    private String show(TimescaleRule rule, LocalDate today, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("current", settings.rules().ruleFor(rule, today));
        model.addAttribute("history", settings.history(rule.id()));
        return "timescales/setting";
    }

    private TimescaleRule changeable(String id) {
        try {
            return settings.catalogue().find(RuleId.of(id)).filter(TimescaleRule::changeable)
                    .orElseThrow(() -> new NotFoundException("No timescale " + id + " that may be changed locally"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No timescale " + id);
        }
    }

    private static boolean isAdministrator(Authentication signedIn) {
        return signedIn != null && signedIn.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR"));
    }
}
