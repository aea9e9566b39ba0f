package uk.opencsc.care;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.care.CareForms.ChangeForm;
import uk.opencsc.care.CareForms.CorrectForm;
import uk.opencsc.care.CareForms.EndForm;
import uk.opencsc.care.CareForms.HealthCheckForm;
import uk.opencsc.care.CareForms.PlacementFields;
import uk.opencsc.care.CareForms.ReviewForm;
import uk.opencsc.care.CareForms.StartForm;
import uk.opencsc.care.CareForms.VisitForm;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.Postcode;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The care pages of a child's record: the care page (periods, episodes as the 903 reports them, reviews, visits,
 * health checks and clocks) and the forms that start a period of care, record a change, end it, and record reviews,
 * visits, health assessments and dental checks. Forms check access without auditing a view; the care page is the
 * audited view.
 */
@Controller
class CareController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));
    private static final List<PrimaryNeed> CATEGORIES_OF_NEED = Arrays.stream(PrimaryNeed.values())
            .filter(n -> n != PrimaryNeed.N0 && n != PrimaryNeed.N9).toList();
    private static final String PAGE = "care page";

    private final CareRecords records;

    CareController(CareRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/care")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "care/care";
    }

    // start a period of care

    @GetMapping("/children/{id}/care/start")
    String startForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return startPage(new StartForm(DateInput.of(records.today()), null, null, null, null, null, null, null, "no", "no", null), model);
    }

    @PostMapping("/children/{id}/care/start")
    String start(@PathVariable UUID id, @ModelAttribute("form") StartForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.startDate(), "startDate", "Start date", errors);
        LegalStatus status = FormValues.requiredCode(LegalStatus.class, form.legalStatus(), "legalStatus", "the legal status", errors);
        PrimaryNeed need = FormValues.requiredCode(PrimaryNeed.class, form.categoryOfNeed(), "categoryOfNeed", "the category of need", errors);
        Placement placement = placement(form, errors);
        Postcode home = postcode(form.homePostcode(), "homePostcode", errors);
        boolean uasc = FormValues.requiredYesNo(form.uasc(), "uasc", "is the child an unaccompanied asylum-seeking child?", errors);
        LocalDate ceased = FormValues.optionalDate(form.uascCeasedOn(), "uascCeasedOn", "Date UASC status ceased", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.start(id, date, status, need, placement, home, uasc, ceased));
        }
        if (errors.hasErrors()) {
            return startPage(form, model);
        }
        redirect.addFlashAttribute("saved", status.shortBreaks() ? "Short breaks started" : "Period of care started");
        return "redirect:/children/" + id + "/care";
    }

    // record a change: a new episode

    @GetMapping("/children/{id}/care/change")
    String changeForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        PeriodOfCare period = records.openPeriod(id);
        Episode current = period.latestEpisode();
        Placement p = current.placement();
        return changePage(period, new ChangeForm(DateInput.of(records.today()), current.legalStatus().code(),
                current.categoryOfNeed().code(), p.type().code(), p.provider().code(), p.urn(),
                p.postcode() == null ? null : p.postcode().value(), current.homePostcode() == null ? null : current.homePostcode().value(),
                p.intendedUntilEighteen() ? "yes" : "no", null, null, null, period.version()), model);
    }

    /**
     * The first post shows the worker which episode the change opens (or why it opens none); the post that confirms
     * it saves, provided the change still opens that episode and nobody changed the period meanwhile.
     */
    @PostMapping("/children/{id}/care/change")
    String change(@PathVariable UUID id, @ModelAttribute("form") ChangeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        PeriodOfCare period = records.openPeriod(id);
        LocalDate date = FormValues.requiredDate(form.changeDate(), "changeDate", "Date of the change", errors);
        LegalStatus status = FormValues.requiredCode(LegalStatus.class, form.legalStatus(), "legalStatus", "the legal status", errors);
        PrimaryNeed need = FormValues.requiredCode(PrimaryNeed.class, form.categoryOfNeed(), "categoryOfNeed", "the category of need", errors);
        Placement placement = placement(form, errors);
        Postcode home = postcode(form.homePostcode(), "homePostcode", errors);
        boolean carerChanged = FormValues.requiredYesNo(form.carerChanged(), "carerChanged", "does the child go to live with another carer?", errors);
        ReasonPlacementChanged why = FormValues.optionalCode(ReasonPlacementChanged.class, form.reasonPlacementChanged(),
                "reasonPlacementChanged", errors);
        if (errors.hasErrors()) {
            return changePage(period, form, model);
        }
        ReasonForNewEpisode reason;
        try {
            reason = records.preview(id, date, status, need, placement, carerChanged, why);
        } catch (RefusedException e) {
            FormValues.reject(e.problems(), errors);
            return changePage(period, form, model);
        }
        if (!reason.code().equals(form.previewed())) {
            model.addAttribute("preview", reason);
            return changePage(period, form.withPreview(reason.code(), FormValues.version(form.version())), model);
        }
        try {
            records.change(id, FormValues.version(form.version()), date, status, need, placement, carerChanged, why, home);
        } catch (RefusedException e) {
            FormValues.reject(e.problems(), errors);
            return changePage(period, form, model);
        } catch (ChangedMeanwhileException e) {
            FormValues.changedMeanwhile(e, PAGE, errors);
            PeriodOfCare now = records.openPeriod(id);
            return FormValues.conflictPage(changePage(now, form.withPreview(null, now.version()), model), errors, model);
        }
        redirect.addFlashAttribute("saved", "New episode recorded: " + reason.label());
        return "redirect:/children/" + id + "/care";
    }

    // correct a recorded episode: not a change, no episode opened

    @GetMapping("/children/{id}/care/episodes/{episodeId}/correct")
    String correctForm(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
        model.addAttribute("person", records.writable(id));
        PeriodOfCare period = records.periodOfEpisode(id, episodeId);
        Episode e = episodeIn(period, episodeId);
        Placement p = e.placement();
        return correctPage(period, e, new CorrectForm(DateInput.of(e.startDate()), e.legalStatus().code(), e.categoryOfNeed().code(),
                p.type().code(), p.provider().code(), p.urn(), p.postcode() == null ? null : p.postcode().value(),
                e.homePostcode() == null ? null : e.homePostcode().value(), p.intendedUntilEighteen() ? "yes" : "no",
                period.version()), model);
    }

    @PostMapping("/children/{id}/care/episodes/{episodeId}/correct")
    String correct(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") CorrectForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        PeriodOfCare period = records.periodOfEpisode(id, episodeId);
        LocalDate date = FormValues.requiredDate(form.startDate(), "startDate", "Start date", errors);
        LegalStatus status = FormValues.requiredCode(LegalStatus.class, form.legalStatus(), "legalStatus", "the legal status", errors);
        PrimaryNeed need = FormValues.requiredCode(PrimaryNeed.class, form.categoryOfNeed(), "categoryOfNeed", "the category of need", errors);
        Placement placement = placement(form, errors);
        Postcode home = postcode(form.homePostcode(), "homePostcode", errors);
        if (!errors.hasErrors()) {
            try {
                records.correct(id, FormValues.version(form.version()), new EpisodeCorrection(episodeId, date, status, need, placement, home));
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, PAGE, errors);
                PeriodOfCare now = records.periodOfEpisode(id, episodeId);
                return FormValues.conflictPage(correctPage(now, episodeIn(now, episodeId), form.withVersion(now.version()), model),
                        errors, model);
            }
        }
        if (errors.hasErrors()) {
            return correctPage(period, episodeIn(period, episodeId), form, model);
        }
        redirect.addFlashAttribute("saved", "Episode corrected");
        return "redirect:/children/" + id + "/care";
    }

    private static Episode episodeIn(PeriodOfCare period, UUID episodeId) {
        return period.episodes().stream().filter(e -> e.id().equals(episodeId)).findFirst().orElseThrow();
    }

    // end the period of care

    @GetMapping("/children/{id}/care/end")
    String endForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        PeriodOfCare period = records.openPeriod(id);
        return endPage(period, new EndForm(DateInput.empty(), null, period.version()), model);
    }

    @PostMapping("/children/{id}/care/end")
    String end(@PathVariable UUID id, @ModelAttribute("form") EndForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        PeriodOfCare period = records.openPeriod(id);
        LocalDate date = FormValues.requiredDate(form.endDate(), "endDate", "End date", errors);
        ReasonEpisodeCeased reason = FormValues.requiredCode(ReasonEpisodeCeased.class, form.reasonCeased(), "reasonCeased",
                "why the child ceased to be looked after", errors);
        if (!errors.hasErrors()) {
            try {
                records.end(id, FormValues.version(form.version()), date, reason);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, PAGE, errors);
                PeriodOfCare now = records.openPeriod(id);
                return FormValues.conflictPage(endPage(now, form.withVersion(now.version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return endPage(period, form, model);
        }
        redirect.addFlashAttribute("saved", "Period of care ended");
        return "redirect:/children/" + id + "/care";
    }

    // reviews, visits, health assessments, dental checks

    @GetMapping("/children/{id}/care/reviews/new")
    String reviewForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return reviewPage(new ReviewForm(DateInput.of(records.today()), null, null), model);
    }

    @PostMapping("/children/{id}/care/reviews/new")
    String review(@PathVariable UUID id, @ModelAttribute("form") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.reviewDate(), "reviewDate", "Date of the review", errors);
        ReviewParticipation pn = FormValues.requiredCode(ReviewParticipation.class, form.participation(), "participation",
                "how the child took part", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordReview(id, date, form.iro(), pn));
        }
        if (errors.hasErrors()) {
            return reviewPage(form, model);
        }
        redirect.addFlashAttribute("saved", "Looked after review recorded");
        return "redirect:/children/" + id + "/care";
    }

    @GetMapping("/children/{id}/care/visits/new")
    String visitForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return visitPage(new VisitForm(DateInput.of(records.today()), null, null, null, records.signedInName()), model);
    }

    @PostMapping("/children/{id}/care/visits/new")
    String visit(@PathVariable UUID id, @ModelAttribute("form") VisitForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.visitDate(), "visitDate", "Date of the visit", errors);
        boolean seen = FormValues.requiredYesNo(form.seen(), "seen", "was the child seen?", errors);
        // asked only of a child who was seen: left unanswered, a child not seen was not seen alone
        boolean alone = seen || form.seenAlone() != null
                ? FormValues.requiredYesNo(form.seenAlone(), "seenAlone", "was the child seen alone?", errors) : false;
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordVisit(id, date, seen, alone, form.childsViews(), form.worker()));
        }
        if (errors.hasErrors()) {
            return visitPage(form, model);
        }
        redirect.addFlashAttribute("saved", "Visit recorded");
        return "redirect:/children/" + id + "/care";
    }

    @GetMapping("/children/{id}/care/health-assessments/new")
    String healthAssessmentForm(@PathVariable UUID id, Model model) {
        return checkForm(id, HealthCheckKind.HEALTH_ASSESSMENT, model);
    }

    @PostMapping("/children/{id}/care/health-assessments/new")
    String healthAssessment(@PathVariable UUID id, @ModelAttribute("form") HealthCheckForm form, BindingResult errors, Model model,
                            RedirectAttributes redirect) {
        return check(id, HealthCheckKind.HEALTH_ASSESSMENT, form, errors, model, redirect);
    }

    @GetMapping("/children/{id}/care/dental-checks/new")
    String dentalCheckForm(@PathVariable UUID id, Model model) {
        return checkForm(id, HealthCheckKind.DENTAL_CHECK, model);
    }

    @PostMapping("/children/{id}/care/dental-checks/new")
    String dentalCheck(@PathVariable UUID id, @ModelAttribute("form") HealthCheckForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        return check(id, HealthCheckKind.DENTAL_CHECK, form, errors, model, redirect);
    }

    private String checkForm(UUID id, HealthCheckKind kind, Model model) {
        model.addAttribute("person", records.writable(id));
        return checkPage(kind, new HealthCheckForm(DateInput.of(records.today())), model);
    }

    private String check(UUID id, HealthCheckKind kind, HealthCheckForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.checkDate(), "checkDate", "Date of the " + kind.label(), errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordHealthCheck(id, kind, date));
        }
        if (errors.hasErrors()) {
            return checkPage(kind, form, model);
        }
        redirect.addFlashAttribute("saved", kind.label() + " recorded");
        return "redirect:/children/" + id + "/care";
    }

    /** The placement typed on a start or change form; null (with each problem rejected) when it cannot be read. */
    private static Placement placement(PlacementFields form, BindingResult errors) {
        PlacementType type = FormValues.requiredCode(PlacementType.class, form.placementType(), "placementType", "the placement type", errors);
        PlacementProvider provider = FormValues.requiredCode(PlacementProvider.class, form.placementProvider(), "placementProvider",
                "who provides the placement", errors);
        Postcode postcode = postcode(form.placementPostcode(), "placementPostcode", errors);
        boolean longTerm = FormValues.requiredYesNo(form.intendedUntilEighteen(), "intendedUntilEighteen",
                "is the placement intended to last until the child is 18?", errors);
        return type == null || provider == null ? null : new Placement(type, provider, form.urn(), postcode, longTerm);
    }

    private static Postcode postcode(String typed, String field, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Postcode.of(typed);
        } catch (InvalidValueException e) {
            errors.rejectValue(field, "invalid", e.getMessage());
            return null;
        }
    }

    private void codeLists(Model model) {
        model.addAttribute("legalStatuses", LegalStatus.values());
        model.addAttribute("categoriesOfNeed", CATEGORIES_OF_NEED);
        model.addAttribute("placementTypes", PlacementType.values());
        model.addAttribute("providers", PlacementProvider.values());
        model.addAttribute("yesNo", YES_NO);
    }

    private String startPage(StartForm form, Model model) {
        model.addAttribute("form", form);
        codeLists(model);
        return "care/start-form";
    }

    private String changePage(PeriodOfCare period, ChangeForm form, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("current", period.latestEpisode());
        model.addAttribute("form", form);
        model.addAttribute("placementReasons", ReasonPlacementChanged.values());
        codeLists(model);
        return "care/change-form";
    }

    private String correctPage(PeriodOfCare period, Episode episode, CorrectForm form, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("episode", episode);
        model.addAttribute("form", form);
        codeLists(model);
        return "care/correct-form";
    }

    private String endPage(PeriodOfCare period, EndForm form, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("form", form);
        model.addAttribute("reasons", Arrays.stream(ReasonEpisodeCeased.values()).filter(ReasonEpisodeCeased::endsThePeriod).toList());
        return "care/end-form";
    }

    private String reviewPage(ReviewForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("participations", ReviewParticipation.values());
        return "care/review-form";
    }

    private String visitPage(VisitForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("yesNo", YES_NO);
        return "care/visit-form";
    }

    private String checkPage(HealthCheckKind kind, HealthCheckForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kind", kind);
        return "care/health-check-form";
    }
}
