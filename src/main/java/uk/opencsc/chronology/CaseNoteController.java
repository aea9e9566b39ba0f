package uk.opencsc.chronology;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.drafts.FormDrafts;
import uk.opencsc.platform.web.CodeOption;
import uk.opencsc.platform.web.Formats;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The case-note pages of a child's record: list, record (with drafts), view, edit within 24 hours, addendum. */
@Controller
class CaseNoteController {

    private static final List<CodeOption> YES_NO = List.of(new CodeOption("yes", "Yes"), new CodeOption("no", "No"));
    private static final Formats FORMATS = new Formats();

    private final CaseNotes caseNotes;

    CaseNoteController(CaseNotes caseNotes) {
        this.caseNotes = caseNotes;
    }

    @GetMapping("/children/{id}/case-notes")
    String list(@PathVariable UUID id, @RequestParam(required = false) String type, Model model) {
        PersonSummary child = caseNotes.readable(id);
        CaseNoteType filter = Arrays.stream(CaseNoteType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        model.addAttribute("child", child);
        model.addAttribute("notes", caseNotes.list(child, filter));
        model.addAttribute("types", CaseNoteType.values());
        model.addAttribute("selectedType", filter == null ? "" : filter.name());
        model.addAttribute("mayWrite", caseNotes.mayWrite(child));
        model.addAttribute("fmt", FORMATS);
        return "chronology/case-notes";
    }

    @GetMapping("/children/{id}/case-notes/new")
    String newNote(@PathVariable UUID id, @RequestParam(required = false) String type, Model model) {
        PersonSummary child = caseNotes.writable(id);
        // a draft (saved by the button, the autosave, or just before a session timed out) comes back as it was typed
        var draft = caseNotes.draft(id);
        CaseNoteForm form = draft.map(FormDrafts.Draft::form).orElseGet(() -> CaseNoteForm.blank(
                Arrays.stream(CaseNoteType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null)));
        draft.ifPresent(d -> model.addAttribute("draftSavedAt", FORMATS.dateTime(d.savedAt())));
        return form(child, form, model, null);
    }

    @PostMapping("/children/{id}/case-notes/new")
    String record(@PathVariable UUID id, @ModelAttribute("form") CaseNoteForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        PersonSummary child = caseNotes.writable(id);
        CaseNoteDetails details = form.toDetails(errors);
        if (details != null && !errors.hasErrors()) {
            try {
                UUID noteId = caseNotes.record(id, details);
                redirect.addFlashAttribute("saved", "Case note saved");
                return "redirect:/children/" + id + "/case-notes/" + noteId;
            } catch (CaseNoteRejected e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "rule", p.message()));
            }
        }
        return form(child, form, model, null);
    }

    /** "Save as draft" without JavaScript: save, then back to the form with what was typed. */
    @PostMapping("/children/{id}/case-notes/draft")
    String saveDraft(@PathVariable UUID id, @ModelAttribute("form") CaseNoteForm form, RedirectAttributes redirect) {
        Instant savedAt = caseNotes.saveDraft(id, form);
        redirect.addFlashAttribute("saved", "Draft saved at " + FORMATS.time(savedAt));
        return "redirect:/children/" + id + "/case-notes/new";
    }

    /** The autosave script's post: the same save, answered with the time instead of a page. */
    @PostMapping(path = "/children/{id}/case-notes/draft", headers = "X-Autosave=true")
    @ResponseBody
    ResponseEntity<Map<String, String>> autosaveDraft(@PathVariable UUID id, @ModelAttribute("form") CaseNoteForm form) {
        if (form.isEmpty()) {
            return ResponseEntity.ok(Map.of("saved", ""));
        }
        return ResponseEntity.ok(Map.of("saved", FORMATS.time(caseNotes.saveDraft(id, form))));
    }

    @PostMapping("/children/{id}/case-notes/draft/discard")
    String discardDraft(@PathVariable UUID id, RedirectAttributes redirect) {
        caseNotes.writable(id);
        caseNotes.discardDraft(id);
        redirect.addFlashAttribute("saved", "Draft discarded");
        return "redirect:/children/" + id + "/case-notes/new";
    }

    @GetMapping("/children/{id}/case-notes/{noteId}")
    String view(@PathVariable UUID id, @PathVariable UUID noteId, Model model) {
        PersonSummary child = caseNotes.readable(id);
        CaseNotes.NoteView view = caseNotes.view(child, noteId);
        model.addAttribute("child", child);
        model.addAttribute("view", view);
        model.addAttribute("note", view.note());
        boolean mayWrite = caseNotes.mayWrite(child);
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("mayEdit", mayWrite && !view.note().isAddendum() && view.note().editableBy(caseNotes.username(), caseNotes.now()));
        model.addAttribute("fmt", FORMATS);
        return "chronology/case-note";
    }

    @GetMapping("/children/{id}/case-notes/{noteId}/edit")
    String editForm(@PathVariable UUID id, @PathVariable UUID noteId, Model model) {
        PersonSummary child = caseNotes.writable(id);
        CaseNote note = editable(child, noteId);
        return form(child, CaseNoteForm.of(note), model, note);
    }

    @PostMapping("/children/{id}/case-notes/{noteId}/edit")
    String edit(@PathVariable UUID id, @PathVariable UUID noteId, @ModelAttribute("form") CaseNoteForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        PersonSummary child = caseNotes.writable(id);
        CaseNote note = editable(child, noteId);
        CaseNoteDetails details = form.toDetails(errors);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete: open the note and edit it again");
        }
        if (details != null && !errors.hasErrors()) {
            try {
                caseNotes.update(id, noteId, form.version(), details);
                redirect.addFlashAttribute("saved", "Case note saved");
                return "redirect:/children/" + id + "/case-notes/" + noteId;
            } catch (CaseNoteRejected e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "rule", p.message()));
            } catch (CaseNoteChangedMeanwhile e) {
                errors.reject("changed", "This note was changed by " + e.changedBy() + " at " + FORMATS.time(e.changedAt())
                        + " since you opened it. Your changes have not been saved. Open the note in another tab to compare, then save "
                        + "again to replace their changes with what is in this form.");
                // the typed text stays; the form now names the version just saved, so saving again is a deliberate choice
                String page = form(child, form.withVersion(e.currentVersion()), model, note);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
                return page;
            }
        }
        return form(child, form, model, note);
    }

    @GetMapping("/children/{id}/case-notes/{noteId}/addendum")
    String addendumForm(@PathVariable UUID id, @PathVariable UUID noteId, Model model) {
        PersonSummary child = caseNotes.writable(id);
        return addendum(child, caseNotes.note(child, noteId), new AddendumForm(""), model);
    }

    @PostMapping("/children/{id}/case-notes/{noteId}/addendum")
    String addAddendum(@PathVariable UUID id, @PathVariable UUID noteId, @ModelAttribute("form") AddendumForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        PersonSummary child = caseNotes.writable(id);
        CaseNote note = caseNotes.note(child, noteId);
        try {
            caseNotes.addAddendum(id, noteId, form.text());
        } catch (CaseNoteRejected e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), "rule", p.message()));
            return addendum(child, note, form, model);
        }
        redirect.addFlashAttribute("saved", "Addendum saved");
        return "redirect:/children/" + id + "/case-notes/" + (note.isAddendum() ? note.addendumTo() : noteId);
    }

    /** The addendum form as typed. */
    record AddendumForm(String text) {
    }

    private CaseNote editable(PersonSummary child, UUID noteId) {
        CaseNote note = caseNotes.note(child, noteId);
        note.whyNotEditable(caseNotes.username(), caseNotes.now()).ifPresent(why -> {
            throw new NotPermittedException(why);
        });
        if (note.isAddendum()) {
            throw new NotPermittedException("An addendum is not changed: add another addendum to the note.");
        }
        return note;
    }

    private String addendum(PersonSummary child, CaseNote note, AddendumForm form, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("note", note);
        model.addAttribute("form", form);
        model.addAttribute("fmt", FORMATS);
        return "chronology/addendum";
    }

    private String form(PersonSummary child, CaseNoteForm form, Model model, CaseNote editing) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("types", CaseNoteType.values());
        model.addAttribute("yesNo", YES_NO);
        return "chronology/case-note-form";
    }
}
