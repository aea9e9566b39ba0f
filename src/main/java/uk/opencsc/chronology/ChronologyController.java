package uk.opencsc.chronology;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.opencsc.people.PersonLookup.PersonSummary;

import java.util.Arrays;
import java.util.UUID;

/** The child's chronology: read-only, filtered by kind, with a print view. */
@Controller
class ChronologyController {

    private final CaseNotes caseNotes;
    private final Chronology chronology;

    ChronologyController(CaseNotes caseNotes, Chronology chronology) {
        this.caseNotes = caseNotes;
        this.chronology = chronology;
    }

    @GetMapping("/children/{id}/chronology")
    String chronology(@PathVariable UUID id, @RequestParam(required = false) String kind, Model model) {
        return page(id, kind, model, false);
    }

    @GetMapping("/children/{id}/chronology/print")
    String print(@PathVariable UUID id, @RequestParam(required = false) String kind, Model model) {
        return page(id, kind, model, true);
    }

    private String page(UUID id, String kind, Model model, boolean print) {
        PersonSummary child = caseNotes.readable(id);
        ChronologyKind filter = Arrays.stream(ChronologyKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        model.addAttribute("child", child);
        model.addAttribute("entries", chronology.of(child, filter));
        model.addAttribute("kinds", ChronologyKind.values());
        model.addAttribute("selectedKind", filter == null ? "" : filter.name());
        model.addAttribute("selectedKindLabel", filter == null ? null : filter.label());
        model.addAttribute("print", print);
        return "chronology/chronology";
    }
}
