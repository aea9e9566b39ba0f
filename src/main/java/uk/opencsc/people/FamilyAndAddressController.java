package uk.opencsc.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Adding and ending addresses, relationships and other names on a person's record. The forms to add
 * show only the person's name, so they check access without auditing a view; the forms to end show
 * the address or relationship, so they are audited as views.
 */
@Controller
class FamilyAndAddressController {

    private final PersonRecords records;

    FamilyAndAddressController(PersonRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/addresses/new")
    String addressForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        model.addAttribute("form", AddressForm.blank());
        return "people/address-form";
    }

    @PostMapping("/children/{id}/addresses/new")
    String addAddress(@PathVariable UUID id, @ModelAttribute("form") AddressForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        NewAddress address = form.toAddress(errors);
        LocalDate end = form.end(errors, records.today());
        if (address != null && address.startDate().isAfter(records.today())) {
            errors.rejectValue("startDate", "future", "Date they started living here must be today or in the past");
        }
        if (address != null && end != null && !end.isAfter(address.startDate())) {
            errors.rejectValue("endDate", "beforeStart", "Date they left must be after the date they started living there");
        }
        if (errors.hasErrors()) {
            return "people/address-form";
        }
        try {
            if (end == null) {
                records.moveTo(id, address);
            } else {
                records.addPastAddress(id, address, end);
            }
        } catch (InvalidValueException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return "people/address-form";
        } catch (ChangedMeanwhileException e) {
            errors.reject("changed", "The current address was changed by another user while this one was being saved. Nothing was saved: "
                    + "check the record, then add the address again.");
            return "people/address-form";
        }
        redirect.addFlashAttribute("saved", "Address added");
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}/addresses/{addressId}/end")
    String endAddressForm(@PathVariable UUID id, @PathVariable UUID addressId, Model model) {
        StoredPerson person = records.writable(id);
        Address address = records.view(id, "end address form").addresses().stream()
                .filter(a -> a.id().equals(addressId) && a.current()).findFirst()
                .orElseThrow(() -> new NotFoundException("No current address " + addressId));
        model.addAttribute("person", person);
        model.addAttribute("what", address.oneLine());
        model.addAttribute("form", new EndForm(DateInput.empty(), address.version()));
        model.addAttribute("legend", "Date they left (the first day they no longer lived there)");
        return "people/end";
    }

    @PostMapping("/children/{id}/addresses/{addressId}/end")
    String endAddress(@PathVariable UUID id, @PathVariable UUID addressId, @ModelAttribute("form") EndForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        StoredPerson person = records.writable(id);
        model.addAttribute("person", person);
        model.addAttribute("what", "address");
        model.addAttribute("legend", "Date they left (the first day they no longer lived there)");
        LocalDate end = form.toDate(errors, "Date they left", records.today());
        if (end == null) {
            return "people/end";
        }
        try {
            records.endAddress(id, addressId, form.version() == null ? -1 : form.version(), end);
        } catch (InvalidValueException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return "people/end";
        } catch (ChangedMeanwhileException e) {
            errors.reject("changed", "This address was changed by another user since you opened it. Nothing was saved: go back to the record to see it.");
            return "people/end";
        }
        redirect.addFlashAttribute("saved", "Address ended");
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}/relationships/new")
    String relationshipForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        model.addAttribute("form", RelationshipForm.blank());
        model.addAttribute("types", RelationshipType.values());
        return "people/relationship-form";
    }

    @PostMapping("/children/{id}/relationships/new")
    String relate(@PathVariable UUID id, @ModelAttribute("form") RelationshipForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        model.addAttribute("types", RelationshipType.values());
        RelationshipType type = form.type(errors);
        String related = form.relatedLocalId(errors);
        LocalDate start = form.start(errors, records.today());
        if (errors.hasErrors()) {
            return "people/relationship-form";
        }
        try {
            records.relate(id, type, related, start);
        } catch (InvalidValueException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return "people/relationship-form";
        }
        redirect.addFlashAttribute("saved", "Relationship added");
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}/relationships/{relationshipId}/end")
    String endRelationshipForm(@PathVariable UUID id, @PathVariable UUID relationshipId, Model model) {
        records.writable(id);
        PersonRecords.PersonView view = records.view(id, "end relationship form");
        Relationship r = view.relationships().stream().filter(x -> x.id().equals(relationshipId) && x.current()).findFirst()
                .orElseThrow(() -> new NotFoundException("No current relationship " + relationshipId));
        model.addAttribute("person", view.person());
        model.addAttribute("what", r.type().label() + " " + (r.relatedVisible() ? r.relatedName() : "a person whose record you may not see"));
        model.addAttribute("form", new EndForm(DateInput.empty(), r.version()));
        model.addAttribute("legend", "Date the relationship ended");
        return "people/end";
    }

    @PostMapping("/children/{id}/relationships/{relationshipId}/end")
    String endRelationship(@PathVariable UUID id, @PathVariable UUID relationshipId, @ModelAttribute("form") EndForm form,
                           BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        model.addAttribute("what", "relationship");
        model.addAttribute("legend", "Date the relationship ended");
        LocalDate end = form.toDate(errors, "Date the relationship ended", records.today());
        if (end == null) {
            return "people/end";
        }
        try {
            records.endRelationship(id, relationshipId, form.version() == null ? -1 : form.version(), end);
        } catch (InvalidValueException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return "people/end";
        } catch (ChangedMeanwhileException e) {
            errors.reject("changed", "This relationship was changed by another user since you opened it. Nothing was saved: go back to the record to see it.");
            return "people/end";
        }
        redirect.addFlashAttribute("saved", "Relationship ended");
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}/names/new")
    String nameForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        model.addAttribute("form", OtherNameForm.blank());
        model.addAttribute("kinds", NameKind.values());
        return "people/name-form";
    }

    @PostMapping("/children/{id}/names/new")
    String addName(@PathVariable UUID id, @ModelAttribute("form") OtherNameForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        model.addAttribute("kinds", NameKind.values());
        NameKind kind = form.kind(errors);
        LocalDate until = form.until(errors, kind, records.today());
        if (errors.hasErrors()) {
            return "people/name-form";
        }
        try {
            records.addOtherName(id, kind, form.blankToNull(form.firstName()), form.blankToNull(form.middleNames()),
                    form.blankToNull(form.lastName()), until);
        } catch (ChangedMeanwhileException e) {
            errors.reject("changed", "The record was changed by another user while the name was being saved. Nothing was saved: try again.");
            return "people/name-form";
        }
        redirect.addFlashAttribute("saved", "Name added");
        return "redirect:/children/" + id;
    }
}
