package uk.opencsc.workforce;

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
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;
import uk.opencsc.platform.web.Formats;
import uk.opencsc.workforce.CensusForms.AbsenceForm;
import uk.opencsc.workforce.CensusForms.DetailsForm;
import uk.opencsc.workforce.CensusForms.FundingForm;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The workforce census page and its download, a worker's census details and absences, and the teams' funded posts. */
@Controller
class CensusController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));

    private final WorkforceCensusExport export;
    private final CensusRecords records;

    CensusController(WorkforceCensusExport export, CensusRecords records) {
        this.export = export;
        this.records = records;
    }

    @GetMapping("/workforce/census")
    String census(@RequestParam(required = false) String year, Model model) {
        int latest = export.latestYear();
        model.addAttribute("years", IntStream.rangeClosed(WorkforceCensusExport.FIRST_YEAR, latest + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        int chosen = latest;
        try {
            chosen = year == null ? latest : parseYear(year);
            WorkforceCensus.Return r = export.preview(chosen);
            model.addAttribute("summary", WorkforceCensus.summary(r));
            model.addAttribute("missing", r.workers().stream()
                    .filter(w -> w.bornOn() == null || w.gender() == null || w.ethnicity() == null).count());
        } catch (InvalidValueException e) {
            model.addAttribute("yearError", e.getMessage());
        }
        model.addAttribute("year", chosen);
        return "workforce/census";
    }

    @GetMapping("/workforce/census/download")
    Object download(@RequestParam(required = false) String year, Model model) {
        int chosen;
        String xml;
        try {
            chosen = parseYear(year);
            xml = export.exportForCurrentUser(chosen);
        } catch (InvalidValueException e) {
            String page = census(null, model);
            model.addAttribute("yearError", e.getMessage());
            return page;
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"csww-" + chosen + ".xml\"")
                .contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .body(xml);
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year == null ? "" : year.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("year", "Census year must be a year like 2025 (the year ending 30 September)");
        }
    }

    @GetMapping("/workforce/workers/{userId}/census")
    String detailsForm(@PathVariable UUID userId, Model model) {
        CensusRecords.WorkerCensus w = records.worker(userId);
        CensusDetails d = w.details();
        return detailsPage(w, new DetailsForm(DateInput.of(d.bornOn()), code(d.gender()), code(d.ethnicity()),
                d.qualificationInstitution() == null ? "" : d.qualificationInstitution(), code(d.qualificationLevel()), yesNo(d.stepUpGraduate()),
                yesNo(d.frontlineGraduate()), code(d.orgRole()), code(d.startOrigin()), code(d.leaverDestination()), code(d.kssStatus()),
                d.version()), model);
    }

    @PostMapping("/workforce/workers/{userId}/census")
    String saveDetails(@PathVariable UUID userId, @ModelAttribute("form") DetailsForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        CensusRecords.WorkerCensus w = records.worker(userId);
        LocalDate bornOn = FormValues.optionalDate(form.bornOn(), "bornOn", "Date of birth", errors);
        CensusDetails details = new CensusDetails(userId, bornOn,
                FormValues.optionalCode(WorkerGender.class, form.gender(), "gender", errors),
                FormValues.optionalCode(WorkerEthnicity.class, form.ethnicity(), "ethnicity", errors),
                form.qualificationInstitution() == null || form.qualificationInstitution().isBlank() ? null : form.qualificationInstitution().trim(),
                FormValues.optionalCode(QualificationLevel.class, form.qualificationLevel(), "qualificationLevel", errors),
                optionalYesNo(form.stepUpGraduate(), "stepUpGraduate", errors), optionalYesNo(form.frontlineGraduate(), "frontlineGraduate", errors),
                FormValues.optionalCode(OrgRole.class, form.orgRole(), "orgRole", errors),
                FormValues.optionalCode(StartOrigin.class, form.startOrigin(), "startOrigin", errors),
                FormValues.optionalCode(LeaverDestination.class, form.leaverDestination(), "leaverDestination", errors),
                FormValues.optionalCode(KssStatus.class, form.kssStatus(), "kssStatus", errors), 0, null, null);
        if (!errors.hasErrors()) {
            try {
                records.saveDetails(details, FormValues.version(form.version()));
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "worker's census details", errors);
                CensusRecords.WorkerCensus now = records.worker(userId);
                return FormValues.conflictPage(detailsPage(now, form.withVersion(now.details().version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return detailsPage(w, form, model);
        }
        redirect.addFlashAttribute("saved", "Census details of " + w.worker().name() + " saved");
        return "redirect:/workforce/workers/" + userId + "/census";
    }

    private String detailsPage(CensusRecords.WorkerCensus w, DetailsForm form, Model model) {
        model.addAttribute("worker", w.worker());
        model.addAttribute("absences", w.absences());
        model.addAttribute("form", form);
        model.addAttribute("genders", WorkerGender.values());
        model.addAttribute("ethnicities", WorkerEthnicity.values());
        model.addAttribute("qualificationLevels", QualificationLevel.values());
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("orgRoles", OrgRole.values());
        model.addAttribute("startOrigins", StartOrigin.values());
        model.addAttribute("leaverDestinations", LeaverDestination.values());
        model.addAttribute("kssStatuses", KssStatus.values());
        return "workforce/census-details";
    }

    @GetMapping("/workforce/workers/{userId}/absences/new")
    String newAbsence(@PathVariable UUID userId, Model model) {
        return absencePage(records.worker(userId), null, new AbsenceForm(null, DateInput.empty(), DateInput.empty(), "", null), model);
    }

    @PostMapping("/workforce/workers/{userId}/absences/new")
    String addAbsence(@PathVariable UUID userId, @ModelAttribute("form") AbsenceForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        return saveAbsence(userId, null, form, errors, model, redirect);
    }

    @GetMapping("/workforce/workers/{userId}/absences/{absenceId}/edit")
    String editAbsence(@PathVariable UUID userId, @PathVariable UUID absenceId, Model model) {
        CensusRecords.WorkerCensus w = records.worker(userId);
        Absence a = records.absence(userId, absenceId);
        return absencePage(w, absenceId, new AbsenceForm(a.reason().code(), DateInput.of(a.firstDay()), DateInput.of(a.lastDay()),
                a.workingDaysLost().toPlainString(), a.version()), model);
    }

    @PostMapping("/workforce/workers/{userId}/absences/{absenceId}/edit")
    String changeAbsence(@PathVariable UUID userId, @PathVariable UUID absenceId, @ModelAttribute("form") AbsenceForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        records.absence(userId, absenceId);
        return saveAbsence(userId, absenceId, form, errors, model, redirect);
    }

    private String saveAbsence(UUID userId, UUID absenceId, AbsenceForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        CensusRecords.WorkerCensus w = records.worker(userId);
        AbsenceReason reason = FormValues.requiredCode(AbsenceReason.class, form.reason(), "reason", "the reason for the absence", errors);
        LocalDate firstDay = FormValues.requiredDate(form.firstDay(), "firstDay", "First day of absence", errors);
        LocalDate lastDay = FormValues.optionalDate(form.lastDay(), "lastDay", "Last day of absence", errors);
        BigDecimal days = decimal(form.workingDaysLost(), "workingDaysLost", "Enter the working days lost, like 3 or 2.5",
                "Working days lost must be a number, like 3 or 2.5", errors);
        if (!errors.hasErrors()) {
            try {
                records.saveAbsence(userId, absenceId, FormValues.version(form.version()), reason, firstDay, lastDay, days);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "worker's absences", errors);
                Absence now = records.absence(userId, absenceId);
                return FormValues.conflictPage(absencePage(w, absenceId, form.withVersion(now.version()), model), errors, model);
            }
        }
        if (errors.hasErrors()) {
            return absencePage(w, absenceId, form, model);
        }
        redirect.addFlashAttribute("saved", "Absence of " + w.worker().name() + " saved");
        return "redirect:/workforce/workers/" + userId + "/census";
    }

    private String absencePage(CensusRecords.WorkerCensus w, UUID absenceId, AbsenceForm form, Model model) {
        model.addAttribute("worker", w.worker());
        model.addAttribute("absenceId", absenceId);
        model.addAttribute("form", form);
        model.addAttribute("reasons", AbsenceReason.values());
        return "workforce/absence-form";
    }

    @GetMapping("/workforce/establishment")
    String establishment(Model model) {
        model.addAttribute("teams", records.establishment());
        model.addAttribute("mayEdit", records.mayEditEstablishment());
        return "workforce/establishment";
    }

    @GetMapping("/workforce/establishment/{teamId}/edit")
    String fundingForm(@PathVariable UUID teamId, Model model) {
        CensusRecords.TeamFunding team = records.editableTeam(teamId);
        CensusRepository.Funding latest = team.history().isEmpty() ? null : team.history().getFirst();
        return fundingPage(team, new FundingForm(team.fundedToday() == null ? "" : new Formats().number(team.fundedToday()),
                DateInput.empty(), latest == null ? "" : latest.fundedFrom().toString(), latest == null ? null : latest.version()), model);
    }

    @PostMapping("/workforce/establishment/{teamId}/edit")
    String saveFunding(@PathVariable UUID teamId, @ModelAttribute("form") FundingForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        CensusRecords.TeamFunding team = records.editableTeam(teamId);
        BigDecimal fte = decimal(form.fundedFte(), "fundedFte", "Enter the funded posts as full-time equivalent, like 12 or 11.5",
                "Funded posts must be a number, like 12 or 11.5", errors);
        LocalDate from = FormValues.requiredDate(form.fundedFrom(), "fundedFrom", "Date the funding applies from", errors);
        LocalDate latestFrom = form.latestFrom() == null || form.latestFrom().isBlank() ? null : LocalDate.parse(form.latestFrom());
        if (!errors.hasErrors()) {
            try {
                records.saveFunding(teamId, from, fte, latestFrom, FormValues.version(form.latestVersion()));
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "team's funded posts", errors);
                CensusRecords.TeamFunding now = records.editableTeam(teamId);
                CensusRepository.Funding latest = now.history().getFirst();
                return FormValues.conflictPage(fundingPage(now, form.withLatest(latest.fundedFrom().toString(), latest.version()), model),
                        errors, model);
            }
        }
        if (errors.hasErrors()) {
            return fundingPage(team, form, model);
        }
        redirect.addFlashAttribute("saved", "Funded posts of " + team.team().name() + " saved");
        return "redirect:/workforce/establishment";
    }

    private String fundingPage(CensusRecords.TeamFunding team, FundingForm form, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("form", form);
        return "workforce/establishment-form";
    }

    private static BigDecimal decimal(String typed, String field, String missing, String notANumber, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "required", missing);
            return null;
        }
        try {
            return new BigDecimal(typed.trim());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "invalid", notANumber);
            return null;
        }
    }

    private static Boolean optionalYesNo(String typed, String field, BindingResult errors) {
        if (typed == null || typed.isBlank()) return null;
        if (!"yes".equals(typed) && !"no".equals(typed)) {
            errors.rejectValue(field, "unknown", "Select yes, no, or leave it unselected if not known");
            return null;
        }
        return "yes".equals(typed);
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    private static String code(uk.opencsc.platform.validation.CodeList c) {
        return c == null ? null : c.code();
    }
}
