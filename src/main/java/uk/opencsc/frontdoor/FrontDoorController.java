package uk.opencsc.frontdoor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The front door pages of a child's record: the list of contacts, referrals and early help with their clocks,
 * and the forms to record a contact and its decision, close a referral, and open or end early help. Forms
 * check access without auditing a view; the front door page is the audited view.
 */
@Controller
class FrontDoorController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));

    private final FrontDoorRecords records;

    FrontDoorController(FrontDoorRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/front-door")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "frontdoor/front-door";
    }

    @GetMapping("/children/{id}/contacts/new")
    String contactForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return contactPage(ContactForm.blank(records.now()), model);
    }

    @PostMapping("/children/{id}/contacts/new")
    String recordContact(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        NewContact contact = form.toContact(id, errors);
        if (contact != null) {
            try {
                records.recordContact(contact);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            }
        }
        if (errors.hasErrors()) {
            return contactPage(form, model);
        }
        redirect.addFlashAttribute("saved", "Contact recorded");
        return "redirect:/children/" + id + "/front-door";
    }

    @GetMapping("/children/{id}/contacts/{contactId}/decision")
    String decisionForm(@PathVariable UUID id, @PathVariable UUID contactId, Model model) {
        model.addAttribute("person", records.writable(id));
        Contact contact = records.viewContact(id, contactId);
        return decisionPage(contact, DecisionForm.blank(records.now(), contact.version()), model);
    }

    @PostMapping("/children/{id}/contacts/{contactId}/decision")
    String decide(@PathVariable UUID id, @PathVariable UUID contactId, @ModelAttribute("form") DecisionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        Contact contact = records.contact(id, contactId);
        ContactDecision decision = form.toDecision(errors);
        PrimaryNeed need = FormValues.optionalCode(PrimaryNeed.class, form.primaryNeed(), "primaryNeed", errors);
        if (decision != null && !errors.hasErrors()) {
            try {
                records.decide(id, contactId, FormValues.version(form.version()), decision, form.earlyHelpLead(), need);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
                String page = decisionPage(contact, form.withVersion(records.contact(id, contactId).version()), model);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
                return page;
            }
        }
        if (errors.hasErrors()) {
            return decisionPage(contact, form, model);
        }
        redirect.addFlashAttribute("saved", "Decision recorded: " + decision.outcome().label());
        return "redirect:/children/" + id + "/front-door";
    }

    @GetMapping("/children/{id}/referrals/new")
    String referralForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return referralPage(new ReferralForm(DateInput.of(records.now().toLocalDate()), null, null), model);
    }

    @PostMapping("/children/{id}/referrals/new")
    String recordReferral(@PathVariable UUID id, @ModelAttribute("form") ReferralForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.referralDate(), "referralDate", "Referral date", errors);
        ReferralSource source = FormValues.requiredCode(ReferralSource.class, form.source(), "source", "the referral source", errors);
        PrimaryNeed need = FormValues.optionalCode(PrimaryNeed.class, form.primaryNeed(), "primaryNeed", errors);
        if (!errors.hasErrors()) {
            try {
                records.recordReferral(id, date, source, need);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            }
        }
        if (errors.hasErrors()) {
            return referralPage(form, model);
        }
        redirect.addFlashAttribute("saved", "Referral recorded");
        return "redirect:/children/" + id + "/front-door";
    }

    @GetMapping("/children/{id}/referrals/{referralId}/close")
    String closureForm(@PathVariable UUID id, @PathVariable UUID referralId, Model model) {
        model.addAttribute("person", records.writable(id));
        Referral referral = records.referral(id, referralId);
        return closurePage(referral, new ClosureForm(DateInput.empty(), null,
                referral.primaryNeed() == null ? null : referral.primaryNeed().code(), "no", referral.version()), model);
    }

    @PostMapping("/children/{id}/referrals/{referralId}/close")
    String close(@PathVariable UUID id, @PathVariable UUID referralId, @ModelAttribute("form") ClosureForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        Referral referral = records.referral(id, referralId);
        LocalDate date = FormValues.requiredDate(form.closureDate(), "closureDate", "Closure date", errors);
        ReasonForClosure reason = FormValues.requiredCode(ReasonForClosure.class, form.reasonForClosure(), "reasonForClosure",
                "the reason the case closed", errors);
        PrimaryNeed need = FormValues.optionalCode(PrimaryNeed.class, form.primaryNeed(), "primaryNeed", errors);
        if (!errors.hasErrors()) {
            try {
                records.closeReferral(id, referralId, FormValues.version(form.version()), date, reason, "yes".equals(form.noFurtherAction()), need);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
                String page = closurePage(referral, form.withVersion(records.referral(id, referralId).version()), model);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
                return page;
            }
        }
        if (errors.hasErrors()) {
            return closurePage(referral, form, model);
        }
        redirect.addFlashAttribute("saved", "Referral closed");
        return "redirect:/children/" + id + "/front-door";
    }

    @GetMapping("/children/{id}/early-help/new")
    String earlyHelpForm(@PathVariable UUID id, @RequestParam(required = false) UUID steppedDownFrom, Model model) {
        model.addAttribute("person", records.writable(id));
        if (steppedDownFrom != null) {
            records.referral(id, steppedDownFrom);
        }
        return earlyHelpPage(new EarlyHelpForm(DateInput.of(records.now().toLocalDate()), null, null, null,
                steppedDownFrom == null ? null : steppedDownFrom.toString()), model);
    }

    @PostMapping("/children/{id}/early-help/new")
    String startEarlyHelp(@PathVariable UUID id, @ModelAttribute("form") EarlyHelpForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate start = FormValues.requiredDate(form.startDate(), "startDate", "Start date", errors);
        UUID from = null;
        try {
            from = form.steppedDownFrom() == null || form.steppedDownFrom().isBlank() ? null : UUID.fromString(form.steppedDownFrom());
        } catch (IllegalArgumentException e) {
            errors.reject("steppedDownFrom", "The form was incomplete: open it again from the front door page");
        }
        if (!errors.hasErrors()) {
            try {
                records.startEarlyHelp(id, start, form.leadOrganisation(), form.workerName(), form.reason(), from);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            }
        }
        if (errors.hasErrors()) {
            return earlyHelpPage(form, model);
        }
        redirect.addFlashAttribute("saved", "Early help started");
        return "redirect:/children/" + id + "/front-door";
    }

    @GetMapping("/children/{id}/early-help/{episodeId}/end")
    String endForm(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
        model.addAttribute("person", records.writable(id));
        EarlyHelpEpisode episode = records.earlyHelp(id, episodeId);
        return endPage(episode, new EarlyHelpEndForm(DateInput.empty(), null, episode.version()), model);
    }

    @PostMapping("/children/{id}/early-help/{episodeId}/end")
    String end(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") EarlyHelpEndForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        EarlyHelpEpisode episode = records.earlyHelp(id, episodeId);
        LocalDate end = FormValues.requiredDate(form.endDate(), "endDate", "End date", errors);
        EarlyHelpEndReason reason = FormValues.requiredCode(EarlyHelpEndReason.class, form.endReason(), "endReason",
                "why early help ended", errors);
        if (!errors.hasErrors()) {
            try {
                records.endEarlyHelp(id, episodeId, FormValues.version(form.version()), end, reason);
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                changedMeanwhile(e, errors);
                String page = endPage(episode, form.withVersion(records.earlyHelp(id, episodeId).version()), model);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
                return page;
            }
        }
        if (errors.hasErrors()) {
            return endPage(episode, form, model);
        }
        redirect.addFlashAttribute("saved", reason == EarlyHelpEndReason.STEPPED_UP
                ? "Early help ended: stepped up, referral recorded" : "Early help ended");
        return "redirect:/children/" + id + "/front-door";
    }

    private String contactPage(ContactForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("consents", Consent.values());
        return "frontdoor/contact-form";
    }

    private String decisionPage(Contact contact, DecisionForm form, Model model) {
        model.addAttribute("contact", contact);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", ContactOutcome.values());
        model.addAttribute("needs", PrimaryNeed.values());
        model.addAttribute("mayDecide", records.mayDecide());
        return "frontdoor/decision-form";
    }

    private String referralPage(ReferralForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("needs", PrimaryNeed.values());
        return "frontdoor/referral-form";
    }

    private String closurePage(Referral referral, ClosureForm form, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("form", form);
        model.addAttribute("reasons", ReasonForClosure.values());
        model.addAttribute("needs", PrimaryNeed.values());
        model.addAttribute("yesNo", YES_NO);
        return "frontdoor/closure-form";
    }

    private String earlyHelpPage(EarlyHelpForm form, Model model) {
        model.addAttribute("form", form);
        return "frontdoor/early-help-form";
    }

    private String endPage(EarlyHelpEpisode episode, EarlyHelpEndForm form, Model model) {
        model.addAttribute("episode", episode);
        model.addAttribute("form", form);
        model.addAttribute("endReasons", EarlyHelpEndReason.values());
        return "frontdoor/end-form";
    }



    private static void changedMeanwhile(ChangedMeanwhileException e, Errors errors) {
        FormValues.changedMeanwhile(e, "front door page", errors);
    }
}
