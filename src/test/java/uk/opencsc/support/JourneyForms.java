package uk.opencsc.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reaching a state of a child's journey the way a worker does, through the pages: a child's record
 * created through its form, a referral opened by a contact a manager decides. Page tests of the journey
 * modules start from these.
 */
public final class JourneyForms {

    private JourneyForms() {
    }

    /** The request with every non-null field as a form parameter, and the CSRF token. */
    public static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach((k, v) -> {
            if (v != null) request.param(k, v);
        });
        return request.with(csrf());
    }

    /** A date typed into GOV.UK's three boxes. */
    public static void date(Map<String, String> fields, String field, LocalDate d) {
        fields.put(field + ".day", String.valueOf(d.getDayOfMonth()));
        fields.put(field + ".month", String.valueOf(d.getMonthValue()));
        fields.put(field + ".year", String.valueOf(d.getYear()));
    }

    /** The create-a-record form for a girl with no disability, living in Northmoor since 2019; change any field before creating. */
    public static Map<String, String> aGirlsRecord(String first, String last, LocalDate born, UUID team) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("firstName", first);
        f.put("lastName", last);
        f.put("sex", "F");
        date(f, "dateOfBirth", born);
        f.put("ethnicity", "WBRI");
        f.put("religion", "CHRISTIAN");
        f.put("firstLanguage", "eng");
        f.put("interpreterNeeded", "no");
        f.put("disabilities", "NONE");
        f.put("unaccompaniedAsylumSeekingChild", "no");
        f.put("responsibleTeamId", team.toString());
        f.put("restricted", "no");
        f.put("line1", "3 Canal Street");
        f.put("town", "Northmoor");
        f.put("postcode", "NM3 4AB");
        date(f, "addressStartDate", LocalDate.of(2019, 1, 1));
        f.put("confirmed", "yes");
        return f;
    }

    /** Creates the record through the page and returns its id. */
    public static UUID create(MockMvc mvc, Map<String, String> record, RequestPostProcessor worker) throws Exception {
        String location = mvc.perform(form(post("/children/new"), record).with(worker))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/children/".length()));
    }

    /**
     * A contact received at 08:30 on {@code day} and decided by a manager at 09:00 as a strategy discussion,
     * which opens a referral (CIN episode) that day.
     */
    public static void aReferralOn(MockMvc mvc, JdbcClient jdbc, UUID child, LocalDate day, String reason, String rationale,
                                   RequestPostProcessor worker, RequestPostProcessor manager) throws Exception {
        Map<String, String> c = new LinkedHashMap<>();
        date(c, "receivedDate", day);
        c.put("receivedTime", "08:30");
        c.put("source", "6");
        c.put("contactName", "PC Hughes");
        c.put("reason", reason);
        c.put("consent", "NOT_NEEDED");
        c.put("consentNote", "Seeking consent could place the child at risk");
        mvc.perform(form(post("/children/" + child + "/contacts/new"), c).with(worker)).andExpect(status().is3xxRedirection());
        UUID contact = jdbc.sql("select id from contact where person_id = :p order by created_at desc limit 1")
                .param("p", child).query(UUID.class).single();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("decision", "STRATEGY_DISCUSSION");
        date(d, "decidedDate", day);
        d.put("decidedTime", "09:00");
        d.put("rationale", rationale);
        d.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"), d).with(manager))
                .andExpect(status().is3xxRedirection());
    }

    /** The manager allocates the child to the worker today, through the allocation form. */
    public static void allocate(MockMvc mvc, JdbcClient jdbc, UUID child, String workerUsername, RequestPostProcessor manager)
            throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("workerUserId", jdbc.sql("select id from app_user where username = :u").param("u", workerUsername)
                .query(UUID.class).single().toString());
        date(f, "allocatedOn", LocalDate.now());
        f.put("reason", "Allocated for the assessment");
        mvc.perform(form(post("/children/" + child + "/allocation/new"), f).with(manager)).andExpect(status().is3xxRedirection());
    }
}
