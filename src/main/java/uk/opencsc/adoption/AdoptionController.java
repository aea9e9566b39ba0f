package uk.opencsc.adoption;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The adoption pages: a child's adoption and permanence record (restricted by default, see
 * {@link AdoptionRecordPolicy}) with its edit form and permanence orders, and the adoption team's prospective
 * adopters. Forms check access without auditing a view; the record page and the adopters' list are the audited views.
 */
@Controller
class AdoptionController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));

    private final AdoptionRecords records;
    private final Adopters adopters;

    AdoptionController(AdoptionRecords records, Adopters adopters) {
        this.records = records;
        this.adopters = adopters;
    }

    @GetMapping("/children/{id}/adoption")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "adoption/adoption";
    }

    // the record

    @GetMapping("/children/{id}/adoption/edit")
    String editForm(@PathVariable UUID id, Model model) {
        PersonSummary person = records.writable(id);
        Optional<AdoptionRecord> record = records.record(id);
        AdoptionMilestones m = record.map(AdoptionRecord::milestones).orElse(AdoptionMilestones.none());
        return editPage(person, AdoptionRecordForm.of(m, records.siblingLocalIds(m.siblingIds()), AdoptionRecords.versionOf(record)), model);
    }

    @PostMapping("/children/{id}/adoption/edit")
    String save(@PathVariable UUID id, @ModelAttribute("form") AdoptionRecordForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        PersonSummary person = records.writable(id);
        var f = form;
        LocalDate enteredCare = FormValues.optionalDate(f.enteredCareDate(), "enteredCareDate", "Date the child entered care", errors);
        LocalDate adm = FormValues.optionalDate(f.admDecisionDate(), "admDecisionDate", "Date of the agency decision maker's decision", errors);
        PlacementAuthority authority = FormValues.optionalCode(PlacementAuthority.class, f.authority(), "authority", errors);
        LocalDate po = FormValues.optionalDate(f.placementOrderDate(), "placementOrderDate", "Date of the placement order", errors);
        LocalDate matched = FormValues.optionalDate(f.matchedDate(), "matchedDate", "Date of the match", errors);
        UUID household = householdId(f.householdId(), errors);
        EarlyPlacementKind earlyKind = FormValues.optionalCode(EarlyPlacementKind.class, f.earlyPlacementKind(), "earlyPlacementKind", errors);
        LocalDate early = FormValues.optionalDate(f.earlyPlacementDate(), "earlyPlacementDate", "Date of the early placement", errors);
        LocalDate placed = FormValues.optionalDate(f.placedDate(), "placedDate", "Date placed for adoption", errors);
        LocalDate order = FormValues.optionalDate(f.adoptionOrderDate(), "adoptionOrderDate", "Date of the adoption order", errors);
        LocalDate reversed = FormValues.optionalDate(f.reversedDate(), "reversedDate", "Date of the reversal", errors);
        ReversalReason reason = FormValues.optionalCode(ReversalReason.class, f.reversedReason(), "reversedReason", errors);
        SiblingsPlaced siblingsPlaced = FormValues.optionalCode(SiblingsPlaced.class, f.siblingsPlaced(), "siblingsPlaced", errors);
        if (!errors.hasErrors()) {
            try {
                Set<UUID> siblings = Set.copyOf(records.siblingIds(id, localIds(f.siblingLocalIds())));
                records.save(id, FormValues.version(f.version()), new AdoptionMilestones(enteredCare, adm, authority, po,
                        f.placementOrderCourt(), matched, household, earlyKind, early, placed, order, reversed, reason, siblings,
                        siblingsPlaced, f.siblingsApartReason()));
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "adoption and permanence page", errors);
                return FormValues.conflictPage(editPage(person, form.withVersion(AdoptionRecords.versionOf(records.record(id))), model),
                        errors, model);
            }
        }
        if (errors.hasErrors()) {
            return editPage(person, form, model);
        }
        redirect.addFlashAttribute("saved", "Adoption and permanence record saved");
        return "redirect:/children/" + id + "/adoption";
    }

    // special guardianship and child arrangements orders

    @GetMapping("/children/{id}/adoption/orders/new")
    String orderForm(@PathVariable UUID id, Model model) {
        return orderPage(records.writable(id), new PermanenceOrderForm(null, DateInput.empty(), null), model);
    }

    @PostMapping("/children/{id}/adoption/orders/new")
    String recordOrder(@PathVariable UUID id, @ModelAttribute("form") PermanenceOrderForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        PersonSummary person = records.writable(id);
        PermanenceOrderKind kind = FormValues.requiredCode(PermanenceOrderKind.class, form.kind(), "kind", "which order the court made", errors);
        LocalDate date = FormValues.requiredDate(form.orderDate(), "orderDate", "Date of the order", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordOrder(id, kind, date, form.madeTo()));
        }
        if (errors.hasErrors()) {
            return orderPage(person, form, model);
        }
        redirect.addFlashAttribute("saved", kind.label() + " recorded");
        return "redirect:/children/" + id + "/adoption";
    }

    // the adoption team's children

    @GetMapping("/adoption/children")
    String children(Model model) {
        model.addAttribute("children", records.children());
        return "adoption/children";
    }

    // prospective adopters

    @GetMapping("/adoption/adopters")
    String adoptersList(Model model) {
        model.addAttribute("view", adopters.list());
        return "adoption/adopters";
    }

    @GetMapping("/adoption/adopters/new")
    String newHouseholdForm(Model model) {
        adopters.checkMayChange();
        return householdPage(HouseholdForm.blank(adopters.today()), null, model);
    }

    @PostMapping("/adoption/adopters/new")
    String createHousehold(@ModelAttribute("form") HouseholdForm form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        adopters.checkMayChange();
        HouseholdDetails details = details(form, errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> adopters.create(details));
        }
        if (errors.hasErrors()) {
            return householdPage(form, null, model);
        }
        redirect.addFlashAttribute("saved", "Adopters " + details.names() + " added");
        return "redirect:/adoption/adopters";
    }

    @GetMapping("/adoption/adopters/{householdId}/edit")
    String editHouseholdForm(@PathVariable UUID householdId, Model model) {
        return householdPage(HouseholdForm.of(adopters.forEdit(householdId)), householdId, model);
    }

    @PostMapping("/adoption/adopters/{householdId}/edit")
    String updateHousehold(@PathVariable UUID householdId, @ModelAttribute("form") HouseholdForm form, BindingResult errors,
                           Model model, RedirectAttributes redirect) {
        adopters.forEdit(householdId);
        HouseholdDetails details = details(form, errors);
        if (!errors.hasErrors()) {
            try {
                adopters.update(householdId, FormValues.version(form.version()), details);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, "adopters' list", errors);
                return FormValues.conflictPage(householdPage(form.withVersion(adopters.forEdit(householdId).version()), householdId, model),
                        errors, model);
            }
        }
        if (errors.hasErrors()) {
            return householdPage(form, householdId, model);
        }
        redirect.addFlashAttribute("saved", "Adopters " + details.names() + " saved");
        return "redirect:/adoption/adopters";
    }

    private static HouseholdDetails details(HouseholdForm f, BindingResult errors) {
        AdoptersSex sex = FormValues.optionalCode(AdoptersSex.class, f.adoptersSex(), "adoptersSex", errors);
        AdoptersLegalStatus status = FormValues.optionalCode(AdoptersLegalStatus.class, f.legalStatus(), "legalStatus", errors);
        boolean ffa = FormValues.requiredYesNo(f.fosteringForAdoption(), "fosteringForAdoption", "approved to foster for adoption?", errors);
        LocalDate enquiry = FormValues.requiredDate(f.enquiryDate(), "enquiryDate", "Date of the enquiry", errors);
        LocalDate s1s = FormValues.optionalDate(f.stage1Start(), "stage1Start", "Stage 1 start", errors);
        LocalDate s1e = FormValues.optionalDate(f.stage1End(), "stage1End", "Stage 1 end", errors);
        LocalDate s2s = FormValues.optionalDate(f.stage2Start(), "stage2Start", "Stage 2 start", errors);
        LocalDate s2e = FormValues.optionalDate(f.stage2End(), "stage2End", "Stage 2 end", errors);
        LocalDate approval = FormValues.optionalDate(f.approvalDate(), "approvalDate", "Date of approval", errors);
        ApprovedBy approvedBy = FormValues.optionalCode(ApprovedBy.class, f.approvedBy(), "approvedBy", errors);
        LocalDate left = FormValues.optionalDate(f.leftDate(), "leftDate", "Date left the process", errors);
        AdopterLeavingReason leftReason = FormValues.optionalCode(AdopterLeavingReason.class, f.leftReason(), "leftReason", errors);
        return new HouseholdDetails(f.familyRef(), f.firstAdopter(), f.secondAdopter(), sex, status, ffa, enquiry, s1s, s1e,
                s2s, s2e, approval, approvedBy, left, leftReason);
    }

    private static UUID householdId(String typed, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.trim());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("householdId", "unknown", "Select the approved adopters from the list");
            return null;
        }
    }

    private static List<String> localIds(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.trim().split("[,\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
    }

    private String editPage(PersonSummary person, AdoptionRecordForm form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        UUID matched = null;
        try {
            matched = form.householdId() == null || form.householdId().isBlank() ? null : UUID.fromString(form.householdId());
        } catch (IllegalArgumentException ignored) {
            // an unknown id was rejected against the field; the list is the approved households
        }
        model.addAttribute("households", records.matchableHouseholds(matched).stream()
                .map(h -> new CodeOption(h.id().toString(), h.details().names() + " (" + h.details().familyRef() + ")")).toList());
        model.addAttribute("authorities", PlacementAuthority.values());
        model.addAttribute("earlyKinds", EarlyPlacementKind.values());
        model.addAttribute("reasons", ReversalReason.values());
        model.addAttribute("siblingOptions", SiblingsPlaced.values());
        return "adoption/record-form";
    }

    private String orderPage(PersonSummary person, PermanenceOrderForm form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("kinds", PermanenceOrderKind.values());
        return "adoption/order-form";
    }

    private String householdPage(HouseholdForm form, UUID householdId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("householdId", householdId);
        model.addAttribute("sexes", AdoptersSex.values());
        model.addAttribute("statuses", AdoptersLegalStatus.values());
        model.addAttribute("approvers", ApprovedBy.values());
        model.addAttribute("leavingReasons", AdopterLeavingReason.values());
        model.addAttribute("yesNo", YES_NO);
        return "adoption/household-form";
    }
}
