package uk.opencsc.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The administrator's view of the audit log, by child, user and date. Querying the log is itself audited. */
@Controller
class AuditController {

    static final int PAGE_LIMIT = 500;

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
        var rows = log.find(query, ZoneId.systemDefault(), PAGE_LIMIT);
        Map<String, String> terms = new LinkedHashMap<>();
        if (query.personId() != null) terms.put("person", query.personId().toString());
        if (query.actor() != null) terms.put("user", query.actor());
        if (query.from() != null) terms.put("from", query.from().toString());
        if (query.toInclusive() != null) terms.put("to", query.toInclusive().toString());
        events.publishEvent(new SearchPerformed("audit-log", terms, rows.size()));
        model.addAttribute("rows", rows);
        model.addAttribute("limit", PAGE_LIMIT);
        model.addAttribute("zone", ZoneId.systemDefault());
        return "audit/search";
    }
}
