package uk.opencsc.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.opencsc.platform.web.Formats;
import java.util.LinkedHashMap;
import java.util.Map;

/** The administrator's view of the audit log, by child, user and date. Querying the log is itself audited. */
@Controller
class AuditController {

    static final int PAGE_LIMIT = 500;
    static final int DOWNLOAD_LIMIT = 100_000;

    private final AuditLog log;
    private final ApplicationEventPublisher events;

    AuditController(AuditLog log, ApplicationEventPublisher events) {
        this.log = log;
        this.events = events;
    }

    @GetMapping("/admin/audit")
    @Transactional
    String search(@ModelAttribute("form") AuditSearchForm form, BindingResult errors, Model model) {
        if (form.isBlank() && !errors.hasErrors()) {
            model.addAttribute("form", AuditSearchForm.blank());
            return "audit/search";
        }
        AuditLog.AuditQuery query = form.toQuery(errors);
        if (query == null) {
            return "audit/search";
        }
        var rows = log.find(query, Formats.UK, PAGE_LIMIT);
        Map<String, String> terms = new LinkedHashMap<>();
        if (query.personId() != null) terms.put("person", query.personId().toString());
        if (query.actor() != null) terms.put("user", query.actor());
        if (query.from() != null) terms.put("from", query.from().toString());
        if (query.toInclusive() != null) terms.put("to", query.toInclusive().toString());
        events.publishEvent(new SearchPerformed("audit-log", terms, rows.size()));
        model.addAttribute("rows", rows);
        model.addAttribute("downloadQuery", downloadQuery(form));
        model.addAttribute("limit", PAGE_LIMIT);
        model.addAttribute("zone", Formats.UK);
        return "audit/search";
    }

    /** The same query's rows as a CSV file (up to {@link #DOWNLOAD_LIMIT}); the download is itself audited. */
    @GetMapping(value = "/admin/audit.csv")
    @Transactional
    org.springframework.http.ResponseEntity<String> download(@ModelAttribute("form") AuditSearchForm form, BindingResult errors) {
        AuditLog.AuditQuery query = form.toQuery(errors);
        if (query == null) {
            return org.springframework.http.ResponseEntity.badRequest()
                    .contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body(errors.getFieldErrors().stream().map(e -> e.getField() + ": " + e.getDefaultMessage())
                            .collect(java.util.stream.Collectors.joining("\n")));
        }
        var rows = log.find(query, Formats.UK, DOWNLOAD_LIMIT);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.personId() != null) parameters.put("person", query.personId().toString());
        if (query.actor() != null) parameters.put("user", query.actor());
        if (query.from() != null) parameters.put("from", query.from().toString());
        if (query.toInclusive() != null) parameters.put("to", query.toInclusive().toString());
        events.publishEvent(new ExportPerformed("audit-log", parameters, rows.size()));
        StringBuilder csv = new StringBuilder("seq,occurred_at,actor,action,subject,person_id,details,hash\n");
        for (AuditEntry r : rows) {
            csv.append(r.seq()).append(',').append(r.occurredAt()).append(',').append(Csv.field(r.actor())).append(',')
                    .append(r.action()).append(',').append(Csv.field(r.subject())).append(',')
                    .append(r.personId() == null ? "" : r.personId()).append(',').append(Csv.field(r.details())).append(',')
                    .append(r.hash()).append('\n');
        }
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
                .contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    private static String downloadQuery(AuditSearchForm form) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/audit.csv");
        if (form.person() != null && !form.person().isBlank()) b.queryParam("person", form.person().trim());
        if (form.user() != null && !form.user().isBlank()) b.queryParam("user", form.user().trim());
        for (var entry : Map.of("from", form.from() == null ? uk.opencsc.platform.web.DateInput.empty() : form.from(),
                "to", form.to() == null ? uk.opencsc.platform.web.DateInput.empty() : form.to()).entrySet()) {
            if (!entry.getValue().isBlank()) {
                b.queryParam(entry.getKey() + ".day", entry.getValue().day());
                b.queryParam(entry.getKey() + ".month", entry.getValue().month());
                b.queryParam(entry.getKey() + ".year", entry.getValue().year());
            }
        }
        return b.build().encode().toUriString();
    }
}
