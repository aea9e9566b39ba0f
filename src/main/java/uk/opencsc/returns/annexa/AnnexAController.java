package uk.opencsc.returns.annexa;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.opencsc.platform.web.DateInput;
import uk.opencsc.platform.web.FormValues;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ofsted's Annex A lists on screen (one list at a time, for a reference date, narrowed to a team or worker, a page of
 * rows at a time) and as an xlsx workbook (the list shown, or all of them), for performance analysts, heads of service,
 * inspectors and administrators.
 */
@Controller
class AnnexAController {

    static final int ROWS_PER_PAGE = 50;

    private final AnnexAExport export;

    AnnexAController(AnnexAExport export) {
        this.export = export;
    }

    /** The choices once read: a list, a reference date, and the team and worker to narrow to (null for all). */
    private record Chosen(AnnexAList list, LocalDate referenceDate, UUID team, UUID worker, int page) {
    }

    @GetMapping("/returns/annex-a")
    String show(@ModelAttribute("form") AnnexAForm form, BindingResult errors, Model model) {
        export.reader();
        Chosen chosen = read(form, errors);
        page(form, chosen, model);
        if (!errors.hasErrors()) {
            List<AnnexARow> rows = export.show(chosen.list(), chosen.referenceDate(), chosen.team(), chosen.worker());
            int pages = Math.max(1, (rows.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
            int page = Math.min(chosen.page(), pages);
            model.addAttribute("rows", rows.subList((page - 1) * ROWS_PER_PAGE, Math.min(rows.size(), page * ROWS_PER_PAGE))
                    .stream().map(AnnexARow::text).toList());
            model.addAttribute("total", rows.size());
            model.addAttribute("page", page);
            model.addAttribute("pages", pages);
            model.addAttribute("pageLinks", pageLinks(page, pages));
        }
        return "returns/annex-a";
    }

    @GetMapping("/returns/annex-a/download")
    Object download(@ModelAttribute("form") AnnexAForm form, BindingResult errors, Model model,
                    @RequestParam(required = false) String lists) throws Exception {
        export.reader();
        Chosen chosen = read(form, errors);
        if (errors.hasErrors()) {
            page(form, chosen, model);
            return "returns/annex-a";
        }
        List<AnnexAList> wanted = "all".equals(lists) ? List.of(AnnexAList.values()) : List.of(chosen.list());
        // the workbook is made (and the download audited) before the response starts, so a failure is an error page
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.download(wanted, chosen.referenceDate(), chosen.team(), chosen.worker(), xlsx);
        String name = "annex-a-" + chosen.referenceDate() + (wanted.size() == 1 ? "-list-" + chosen.list().number() : "") + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(xlsx.toByteArray());
    }

    private Chosen read(AnnexAForm form, BindingResult errors) {
        DateInput typed = form.referenceDate();
        LocalDate today = export.today();
        LocalDate referenceDate = typed == null || typed.isBlank() ? today
                : FormValues.requiredDate(typed, "referenceDate", "Reference date", errors);
        if (referenceDate != null && referenceDate.isAfter(today)) {
            errors.rejectValue("referenceDate", "future", "Reference date must be today or in the past");
        }
        AnnexAList list = AnnexAList.LIST_1;
        if (form.list() != null && !form.list().isBlank()) {
            list = AnnexAList.numbered(number(form.list()));
            if (list == null) {
                errors.rejectValue("list", "unknown", "Select a list from 1 to 11");
                list = AnnexAList.LIST_1;
            }
        }
        UUID team = id(form.team(), "team", "Select a team from the list, or all teams", errors);
        UUID worker = id(form.worker(), "worker", "Select a worker from the list, or all workers", errors);
        int page = Math.max(1, number(form.page()));
        return new Chosen(list, referenceDate == null ? today : referenceDate, team, worker, page);
    }

    private void page(AnnexAForm form, Chosen chosen, Model model) {
        model.addAttribute("lists", AnnexAList.values());
        model.addAttribute("list", chosen.list());
        model.addAttribute("referenceDate", chosen.referenceDate());
        model.addAttribute("windowFrom", new AnnexAWindow(chosen.referenceDate()).sixMonthsFrom());
        model.addAttribute("teams", export.teams());
        model.addAttribute("workers", export.workers(chosen.team()));
        model.addAttribute("chosenTeam", chosen.team());
        model.addAttribute("chosenWorker", chosen.worker());
        model.addAttribute("readsNoChildren", export.readsNoChildren());
        model.addAttribute("adoptionRestricted", chosen.list().adoption() && export.adoptionRestricted());
        // the choices as GET parameters for the download and page links (the date as typed, or today's)
        DateInput d = DateInput.of(chosen.referenceDate());
        model.addAttribute("day", d.day());
        model.addAttribute("month", d.month());
        model.addAttribute("year", d.year());
    }

    /** Page numbers to link, GOV.UK style: the first, the last, and those next to the current page; null for a gap. */
    static List<Integer> pageLinks(int page, int pages) {
        List<Integer> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                links.add(n);
            } else if (!links.isEmpty() && links.getLast() != null) {
                links.add(null);
            }
        }
        return links;
    }

    private static int number(String typed) {
        try {
            return typed == null || typed.isBlank() ? 0 : Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static UUID id(String typed, String field, String message, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.trim());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "unknown", message);
            return null;
        }
    }
}
