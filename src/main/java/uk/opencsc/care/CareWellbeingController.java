package uk.opencsc.care;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.care.CareWellbeingForms.ConvictionForm;
import uk.opencsc.care.CareWellbeingForms.EducationForm;
import uk.opencsc.care.CareWellbeingForms.ImmunisationForm;
import uk.opencsc.care.CareWellbeingForms.PepMeetingForm;
import uk.opencsc.care.CareWellbeingForms.SdqForm;
import uk.opencsc.care.CareWellbeingForms.SubstanceMisuseForm;
import uk.opencsc.care.Wellbeing.Education;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A looked after child's health, wellbeing and education page and its forms: immunisations, SDQs, substance misuse,
 * convictions and cautions, the school and virtual school, and PEP meetings. Forms check write access without
 * auditing a view; the page is the audited view.
 */
@Controller
class CareWellbeingController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));
    private static final List<CodeOption> PEP_KINDS = List.of(new CodeOption("no", "The meeting that started the PEP"),
            new CodeOption("yes", "A review of the PEP"));
    /** SDQ1 is for children outside ages 4 to 16, who are not asked for an SDQ here. */
    private static final List<SdqReason> REASONS = Arrays.stream(SdqReason.values()).filter(r -> r != SdqReason.SDQ1).toList();
    private static final String BASE = "/children/{id}/care/health-and-education";

    private final CareWellbeingRecords records;

    CareWellbeingController(CareWellbeingRecords records) {
        this.records = records;
    }

    @GetMapping(BASE)
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "care/wellbeing";
    }

    @GetMapping(BASE + "/immunisations/new")
    String immunisationForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return form("immunisations", new ImmunisationForm(DateInput.of(records.today()), null), model);
    }

    @PostMapping(BASE + "/immunisations/new")
    String immunisations(@PathVariable UUID id, @ModelAttribute("form") ImmunisationForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.checkedOn(), "checkedOn", "Date checked", errors);
        boolean upToDate = FormValues.requiredYesNo(form.upToDate(), "upToDate", "were the child's immunisations up to date?", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordImmunisations(id, date, upToDate));
        }
        return saved(id, "immunisations", form, errors, model, redirect, "Immunisations recorded");
    }

    @GetMapping(BASE + "/sdq/new")
    String sdqForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return form("sdq", new SdqForm(DateInput.of(records.today()), null, null), model);
    }

    @PostMapping(BASE + "/sdq/new")
    String sdq(@PathVariable UUID id, @ModelAttribute("form") SdqForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.sdqDate(), "sdqDate", "Date of the questionnaire", errors);
        Integer score = score(form.score(), errors);
        SdqReason reason = FormValues.optionalCode(SdqReason.class, form.reasonNotDone(), "reasonNotDone", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordSdq(id, date, score, reason));
        }
        return saved(id, "sdq", form, errors, model, redirect, "Strengths and difficulties questionnaire recorded");
    }

    @GetMapping(BASE + "/substance-misuse/new")
    String substanceMisuseForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return form("substance-misuse", new SubstanceMisuseForm(DateInput.of(records.today()), null, null), model);
    }

    @PostMapping(BASE + "/substance-misuse/new")
    String substanceMisuse(@PathVariable UUID id, @ModelAttribute("form") SubstanceMisuseForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.identifiedOn(), "identifiedOn", "Date the problem was identified", errors);
        boolean received = FormValues.requiredYesNo(form.interventionReceived(), "interventionReceived",
                "did the child receive an intervention?", errors);
        // asked only when no intervention was received (the 903 leaves it blank otherwise, rule 158)
        Boolean offered = received ? null
                : FormValues.requiredYesNo(form.interventionOffered(), "interventionOffered", "was the child offered an intervention?", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordSubstanceMisuse(id, date, received, offered));
        }
        return saved(id, "substance-misuse", form, errors, model, redirect, "Substance misuse recorded");
    }

    @GetMapping(BASE + "/convictions/new")
    String convictionForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return form("conviction", new ConvictionForm(DateInput.empty(), null, null), model);
    }

    @PostMapping(BASE + "/convictions/new")
    String conviction(@PathVariable UUID id, @ModelAttribute("form") ConvictionForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.decidedOn(), "decidedOn", "Date of the conviction or caution", errors);
        OffenceOutcome outcome = FormValues.requiredCode(OffenceOutcome.class, form.outcome(), "outcome", "the outcome", errors);
        if (form.offence() == null || form.offence().isBlank()) {
            errors.rejectValue("offence", "required", "Enter the offence");
        }
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordConviction(id, date, form.offence(), outcome));
        }
        return saved(id, "conviction", form, errors, model, redirect, "Conviction or caution recorded");
    }

    @GetMapping(BASE + "/pep-meetings/new")
    String pepForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return form("pep", new PepMeetingForm(DateInput.of(records.today()), null, null), model);
    }

    @PostMapping(BASE + "/pep-meetings/new")
    String pep(@PathVariable UUID id, @ModelAttribute("form") PepMeetingForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.meetingDate(), "meetingDate", "Date of the meeting", errors);
        boolean review = FormValues.requiredYesNo(form.review(), "review", "was the meeting a review of the PEP?", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordPepMeeting(id, date, review, form.targets()));
        }
        return saved(id, "pep", form, errors, model, redirect, "PEP meeting recorded");
    }

    @GetMapping(BASE + "/education/edit")
    String educationForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        Education e = records.education(id);
        return form("education", new EducationForm(e.schoolName(), e.schoolUrn(), e.yearGroup() == null ? null : e.yearGroup().code(),
                e.recorded() ? e.senStatus().code() : null, e.virtualSchoolContact(), e.version()), model);
    }

    @PostMapping(BASE + "/education/edit")
    String education(@PathVariable UUID id, @ModelAttribute("form") EducationForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        YearGroup year = FormValues.optionalCode(YearGroup.class, form.yearGroup(), "yearGroup", errors);
        SenStatus sen = FormValues.requiredCode(SenStatus.class, form.senStatus(), "senStatus", "the child's SEN status", errors);
        if (!errors.hasErrors()) {
            try {
                records.saveEducation(id, FormValues.version(form.version()), new Education(trimmed(form.schoolName()),
                        trimmed(form.schoolUrn()), year, sen, trimmed(form.virtualSchoolContact()), 0, null, null));
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "health and education page", errors);
                return FormValues.conflictPage(form("education", form.withVersion(records.education(id).version()), model), errors, model);
            }
        }
        return saved(id, "education", form, errors, model, redirect, "School and virtual school details saved");
    }

    /** The typed SDQ score: blank is none; anything but a whole number is refused against the field. */
    private static Integer score(String typed, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            errors.rejectValue("score", "invalid", "Total difficulties score must be a whole number from 0 to " + CareWellbeingRules.SDQ_MAX);
            return null;
        }
    }

    private static String trimmed(String typed) {
        return typed == null || typed.isBlank() ? null : typed.trim();
    }

    private String saved(UUID id, String name, Object form, BindingResult errors, Model model, RedirectAttributes redirect, String message) {
        if (errors.hasErrors()) {
            return form(name, form, model);
        }
        redirect.addFlashAttribute("saved", message);
        return "redirect:/children/" + id + "/care/health-and-education";
    }

    private String form(String name, Object form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("pepKinds", PEP_KINDS);
        model.addAttribute("sdqReasons", REASONS);
        model.addAttribute("outcomes", OffenceOutcome.values());
        model.addAttribute("yearGroups", YearGroup.values());
        model.addAttribute("senStatuses", SenStatus.values());
        return "care/wellbeing-" + name + "-form";
    }
}
