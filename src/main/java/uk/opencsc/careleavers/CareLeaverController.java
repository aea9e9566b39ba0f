package uk.opencsc.careleavers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.careleavers.CareLeaverForms.AccommodationForm;
import uk.opencsc.careleavers.CareLeaverForms.ActivityForm;
import uk.opencsc.careleavers.CareLeaverForms.CategoryForm;
import uk.opencsc.careleavers.CareLeaverForms.ContactForm;
import uk.opencsc.careleavers.CareLeaverForms.PathwayPlanForm;
import uk.opencsc.careleavers.CareLeaverForms.ReviewForm;
import uk.opencsc.careleavers.CareLeaverForms.SupportForm;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The care leaver pages of a young person's record: the page with their category, personal adviser, pathway plan,
 * contacts, accommodation, activity and support, and the forms that record each. Forms check write access without
 * auditing a view; the care leaver page is the audited view.
 */
@Controller
class CareLeaverController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));
    private static final String PAGE = "care leaver page";

    private final CareLeaverRecords records;

    CareLeaverController(CareLeaverRecords records) {
        this.records = records;
    }

    @GetMapping("/children/{id}/care-leaver")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", records.view(id));
        return "careleavers/care-leaver";
    }

    // category

    @GetMapping("/children/{id}/care-leaver/category")
    String categoryForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        var derived = records.derivedCategory(id);
        model.addAttribute("derived", derived.orElse(null));
        CategoryForm form = records.record(id)
                .map(r -> new CategoryForm(r.category().code(), DateInput.of(r.categoryFrom()), r.version()))
                .orElseGet(() -> new CategoryForm(derived.map(d -> d.category().code()).orElse(null), DateInput.of(records.today()), null));
        return categoryPage(form, model);
    }

    @PostMapping("/children/{id}/care-leaver/category")
    String category(@PathVariable UUID id, @ModelAttribute("form") CategoryForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        EligibilityCategory category = FormValues.requiredCode(EligibilityCategory.class, form.category(), "category",
                "the young person's leaving care category", errors);
        LocalDate from = FormValues.requiredDate(form.categoryFrom(), "categoryFrom", "Date the category applies from", errors);
        return save(errors, model, () -> categoryPage(form.withVersion(records.record(id).map(CareLeaver::version).orElse(null)), model),
                () -> records.recordCategory(id, form.version(), category, from),
                () -> categoryPage(form, model), id, "Leaving care category saved", redirect);
    }

    // pathway plan

    @GetMapping("/children/{id}/care-leaver/pathway-plan")
    String planForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        CareLeaver record = records.record(id).orElse(null);
        if (record == null) {
            return "redirect:/children/" + id + "/care-leaver/category";
        }
        return planPage(new PathwayPlanForm(DateInput.of(record.pathwayPlanAgreedOn()), record.version()), model);
    }

    @PostMapping("/children/{id}/care-leaver/pathway-plan")
    String plan(@PathVariable UUID id, @ModelAttribute("form") PathwayPlanForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate agreedOn = FormValues.requiredDate(form.agreedOn(), "agreedOn", "Date the pathway plan was agreed", errors);
        return save(errors, model, () -> planPage(form.withVersion(currentVersion(id)), model),
                () -> records.agreePathwayPlan(id, FormValues.version(form.version()), agreedOn),
                () -> planPage(form, model), id, "Pathway plan saved", redirect);
    }

    @GetMapping("/children/{id}/care-leaver/pathway-plan/reviews/new")
    String reviewForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return reviewPage(new ReviewForm(DateInput.of(records.today()), records.signedInName(), null), model);
    }

    @PostMapping("/children/{id}/care-leaver/pathway-plan/reviews/new")
    String review(@PathVariable UUID id, @ModelAttribute("form") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.reviewDate(), "reviewDate", "Date of the review", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordReview(id, date, form.attended(), form.views()));
        }
        return errors.hasErrors() ? reviewPage(form, model) : done(id, "Pathway plan review recorded", redirect);
    }

    // contacts, accommodation, activity

    @GetMapping("/children/{id}/care-leaver/contacts/new")
    String contactForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return contactPage(new ContactForm(DateInput.of(records.today()), null, null, null), model);
    }

    @PostMapping("/children/{id}/care-leaver/contacts/new")
    String contact(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate date = FormValues.requiredDate(form.contactDate(), "contactDate", "Date of the contact", errors);
        InTouch inTouch = FormValues.requiredCode(InTouch.class, form.inTouch(), "inTouch", "whether you were in touch", errors);
        ContactMethod method = FormValues.requiredCode(ContactMethod.class, form.method(), "method", "how you were in touch", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordContact(id, date, inTouch, method, form.notes()));
        }
        return errors.hasErrors() ? contactPage(form, model) : done(id, "Contact recorded", redirect);
    }

    @GetMapping("/children/{id}/care-leaver/accommodation/new")
    String accommodationForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return accommodationPage(new AccommodationForm(DateInput.of(records.today()), null, null), model);
    }

    @PostMapping("/children/{id}/care-leaver/accommodation/new")
    String accommodation(@PathVariable UUID id, @ModelAttribute("form") AccommodationForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate from = FormValues.requiredDate(form.fromDate(), "fromDate", "Date from", errors);
        AccommodationType type = FormValues.requiredCode(AccommodationType.class, form.accommodation(), "accommodation",
                "where the young person lives", errors);
        boolean suitable = FormValues.requiredYesNo(form.suitable(), "suitable", "is the accommodation suitable?", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordAccommodation(id, from, type, suitable));
        }
        return errors.hasErrors() ? accommodationPage(form, model) : done(id, "Accommodation recorded", redirect);
    }

    @GetMapping("/children/{id}/care-leaver/activity/new")
    String activityForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        return activityPage(new ActivityForm(DateInput.of(records.today()), null), model);
    }

    @PostMapping("/children/{id}/care-leaver/activity/new")
    String activity(@PathVariable UUID id, @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate from = FormValues.requiredDate(form.fromDate(), "fromDate", "Date from", errors);
        Activity activity = FormValues.requiredCode(Activity.class, form.activity(), "activity", "what the young person is doing", errors);
        if (!errors.hasErrors()) {
            FormValues.refusable(errors, () -> records.recordActivity(id, from, activity));
        }
        return errors.hasErrors() ? activityPage(form, model) : done(id, "Activity recorded", redirect);
    }

    // staying put and support to 21 and 25

    @GetMapping("/children/{id}/care-leaver/support")
    String supportForm(@PathVariable UUID id, Model model) {
        model.addAttribute("person", records.writable(id));
        CareLeaver r = records.record(id).orElse(null);
        if (r == null) {
            return "redirect:/children/" + id + "/care-leaver/category";
        }
        return supportPage(new SupportForm(DateInput.of(r.stayingPutFrom()), DateInput.of(r.stayingPutTo()),
                DateInput.of(r.extendedSupportRequestedOn()), DateInput.of(r.supportEndedOn()), r.version()), model);
    }

    @PostMapping("/children/{id}/care-leaver/support")
    String support(@PathVariable UUID id, @ModelAttribute("form") SupportForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        model.addAttribute("person", records.writable(id));
        LocalDate spFrom = FormValues.optionalDate(form.stayingPutFrom(), "stayingPutFrom", "Staying put start", errors);
        LocalDate spTo = FormValues.optionalDate(form.stayingPutTo(), "stayingPutTo", "Staying put end", errors);
        LocalDate extended = FormValues.optionalDate(form.extendedRequestedOn(), "extendedRequestedOn", "Date support to 25 was asked for", errors);
        LocalDate ended = FormValues.optionalDate(form.supportEndedOn(), "supportEndedOn", "Date support ended", errors);
        return save(errors, model, () -> supportPage(form.withVersion(currentVersion(id)), model),
                () -> records.saveSupport(id, FormValues.version(form.version()), spFrom, spTo, extended, ended),
                () -> supportPage(form, model), id, "Support saved", redirect);
    }

    /**
     * Runs a versioned change unless the typed values were already refused: a refusal shows the form again with
     * each problem at its field, someone else's save shows it again with the current version and the conflict.
     */
    private String save(BindingResult errors, Model model, Supplier<String> conflictPage, Runnable change, Supplier<String> formPage,
                        UUID id, String saved, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                change.run();
            } catch (RefusedException e) {
                FormValues.reject(e.problems(), errors);
            } catch (ChangedMeanwhileException e) {
                FormValues.changedMeanwhile(e, PAGE, errors);
                return FormValues.conflictPage(conflictPage.get(), errors, model);
            }
        }
        return errors.hasErrors() ? formPage.get() : done(id, saved, redirect);
    }

    private int currentVersion(UUID id) {
        return records.record(id).map(CareLeaver::version).orElse(-1);
    }

    private static String done(UUID id, String saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", saved);
        return "redirect:/children/" + id + "/care-leaver";
    }

    private String categoryPage(CategoryForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", EligibilityCategory.values());
        return "careleavers/category-form";
    }

    private String planPage(PathwayPlanForm form, Model model) {
        model.addAttribute("form", form);
        return "careleavers/pathway-plan-form";
    }

    private String reviewPage(ReviewForm form, Model model) {
        model.addAttribute("form", form);
        return "careleavers/review-form";
    }

    private String contactPage(ContactForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("inTouchOptions", InTouch.values());
        model.addAttribute("methods", ContactMethod.values());
        return "careleavers/contact-form";
    }

    private String accommodationPage(AccommodationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("accommodationTypes", AccommodationType.values());
        model.addAttribute("yesNo", YES_NO);
        return "careleavers/accommodation-form";
    }

    private String activityPage(ActivityForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("activities", Activity.values());
        return "careleavers/activity-form";
    }

    private String supportPage(SupportForm form, Model model) {
        model.addAttribute("form", form);
        return "careleavers/support-form";
    }
}
