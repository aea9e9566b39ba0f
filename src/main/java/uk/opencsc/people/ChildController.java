package uk.opencsc.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.web.CodeOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The child's record pages: search, create (with the likely-duplicate check), view and edit. */
@Controller
class ChildController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));

    private final PersonRecords records;
    private final AccessAdministration administration;

    ChildController(PersonRecords records, AccessAdministration administration) {
        this.records = records;
        this.administration = administration;
    }

    @GetMapping("/children")
    String search(@ModelAttribute("form") ChildSearchForm form, BindingResult errors, Model model) {
        records.checkMayFind();
        model.addAttribute("mayCreate", records.mayCreate());
        if (!form.submitted() && !errors.hasErrors()) {
            model.addAttribute("form", ChildSearchForm.blank());
            return "people/search";
        }
        SearchCriteria criteria = form.toCriteria(errors);
        if (criteria != null) {
            model.addAttribute("results", records.search(criteria));
            model.addAttribute("limit", PersonRepository.SEARCH_LIMIT);
        }
        return "people/search";
    }

    @GetMapping("/children/new")
    String createForm(Model model) {
        records.checkMayCreate();
        UUID ownTeam = records.currentUser().map(SignedInUser::teamId).orElse(null);
        return form(PersonForm.blank(ownTeam), model, false);
    }

    @PostMapping("/children/new")
    String create(@ModelAttribute("form") PersonForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        records.checkMayCreate();
        PersonDetails details = form.toDetails(errors, records.today());
        NewAddress address = form.toAddress(errors);
        checkTeam(details, errors);
        if (errors.hasErrors()) {
            return form(form, model, false);
        }
        if (!form.isConfirmed()) {
            List<PersonRecords.Candidate> candidates = records.likelyDuplicates(details);
            if (!candidates.isEmpty()) {
                model.addAttribute("candidates", candidates);
                return form(form, model, false);
            }
        }
        UUID id = records.create(details, address);
        redirect.addFlashAttribute("saved", "Record created");
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}")
    String view(@PathVariable UUID id, Model model) {
        PersonRecords.PersonView view = records.view(id, "record");
        model.addAttribute("view", view);
        model.addAttribute("p", view.person().details());
        model.addAttribute("teamName", teamNames().getOrDefault(view.person().details().responsibleTeamId(), "Unknown team"));
        model.addAttribute("fmt", new Formats());
        return "people/record";
    }

    @GetMapping("/children/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PersonRecords.PersonView view = records.view(id, "edit form");
        if (!view.mayWrite()) {
            throw new uk.opencsc.platform.web.NotPermittedException("You may not change this record");
        }
        model.addAttribute("person", view.person());
        return form(PersonForm.of(view.person()), model, true);
    }

    @PostMapping("/children/{id}/edit")
    String edit(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        StoredPerson person = records.writable(id);
        model.addAttribute("person", person);
        // the responsible team is not on the edit form: it moves only when the child is allocated (workforce). The
        // typed form itself stays the model's "form", so its binding errors are shown with it.
        PersonDetails details = form.withResponsibleTeam(person.details().responsibleTeamId()).toDetails(errors, records.today());
        if (errors.hasErrors()) {
            return form(form, model, true);
        }
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete: open the record and edit it again");
            return form(form, model, true);
        }
        try {
            records.update(id, form.version(), details);
        } catch (ChangedMeanwhileException e) {
            StoredPerson now = records.readable(id);
            errors.reject("changed", "This record was changed by " + e.changedBy() + " at " + PeopleFormats.time(e.changedAt())
                    + " since you opened it. Your changes have not been saved. Check the record in another tab, then save again to replace "
                    + "their changes with what is in this form.");
            // the typed values stay; the form now names the version just saved, so saving again is a deliberate choice
            String page = form(form.withVersion(now.version()), model, true);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return page;
        }
        redirect.addFlashAttribute("saved", "Record saved");
        return "redirect:/children/" + id;
    }

    private void checkTeam(PersonDetails details, BindingResult errors) {
        if (details != null && !records.mayWriteForTeam(details.responsibleTeamId())) {
            errors.rejectValue("responsibleTeamId", "notPermitted", "Responsible team must be a team whose records you may change");
        }
    }

    private String form(PersonForm form, Model model, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("genderIdentities", GenderIdentity.values());
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("religions", Religion.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("disabilityOptions", Disability.values());
        model.addAttribute("upnUnknownReasons", UpnUnknownReason.values());
        model.addAttribute("immigrationStatuses", ImmigrationStatus.values());
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("teams", administration.teams().stream()
                .map(t -> new CodeOption(t.id().toString(), t.name() + " (" + t.service() + ")")).toList());
        return "people/form";
    }

    private Map<UUID, String> teamNames() {
        return administration.teams().stream().collect(Collectors.toMap(AccessAdministration.TeamSummary::id, AccessAdministration.TeamSummary::name));
    }

    /** Formatting helpers for the record page. */
    static final class Formats {
        public String date(java.time.LocalDate d) {
            return PeopleFormats.date(d);
        }

        public String dateTime(java.time.Instant i) {
            return PeopleFormats.dateTime(i);
        }

        public String labels(java.util.Set<Disability> disabilities) {
            return disabilities.isEmpty() ? "Not recorded" : Arrays.stream(Disability.values()).filter(disabilities::contains)
                    .map(Disability::label).collect(Collectors.joining(", "));
        }
    }
}
