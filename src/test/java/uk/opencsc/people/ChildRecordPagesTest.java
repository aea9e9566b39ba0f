package uk.opencsc.people;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ChildRecordPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired AccessAdministration administration;

    UUID team;
    String worker;

    @BeforeEach
    void aSocialWorkerInATeam() {
        team = testData.aTeam("Children in need");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");
    }

    RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    Map<String, String> aValidChild(String first, String last) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("firstName", first);
        f.put("lastName", last);
        f.put("sex", "F");
        f.put("dateOfBirth.day", "14");
        f.put("dateOfBirth.month", "2");
        f.put("dateOfBirth.year", "2016");
        f.put("ethnicity", "BAFR");
        f.put("religion", "CHRISTIAN");
        f.put("firstLanguage", "eng");
        f.put("interpreterNeeded", "no");
        f.put("disabilities", "NONE");
        f.put("upn", "B801200005001");
        f.put("nhsNumber", "943 476 5919");
        f.put("unaccompaniedAsylumSeekingChild", "no");
        f.put("responsibleTeamId", team.toString());
        f.put("restricted", "no");
        f.put("line1", "12 Mill Lane");
        f.put("town", "Northmoor");
        f.put("postcode", "nm4 7qd");
        f.put("addressStartDate.day", "1");
        f.put("addressStartDate.month", "9");
        f.put("addressStartDate.year", "2020");
        return f;
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach((k, v) -> {
            if (v != null) request.param(k, v);
        });
        return request.with(csrf());
    }

    UUID create(Map<String, String> fields) throws Exception {
        fields.put("confirmed", "yes");
        String location = mvc.perform(form(post("/children/new"), fields).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/children/".length()));
    }

    String lastNameUnique() {
        // letters only, so the name search reads it as a name: hex digits 0-9 become g-p
        StringBuilder suffix = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            suffix.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return "Okafor" + suffix;
    }

    @Test
    void a_social_worker_creates_views_edits_and_finds_a_childs_record() throws Exception {
        String last = lastNameUnique();
        UUID id = create(aValidChild("Adaeze", last));

        mvc.perform(get("/children/" + id).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Adaeze " + last), containsString("14 February 2016"),
                        containsString("African"), containsString("943 476 5919"), containsString("B801200005001"),
                        containsString("12 Mill Lane, Northmoor, NM4 7QD"), containsString("Edit details"))));

        Map<String, String> edit = aValidChild("Ada", last);
        edit.put("version", "0");
        edit.put("disabilities", "AUT");
        mvc.perform(form(post("/children/" + id + "/edit"), edit).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + id).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("Ada " + last), containsString("Autism"),
                        containsString("Former name"), containsString("Adaeze " + last))));

        // a misspelt name still finds the child; so does the former name
        mvc.perform(get("/children").param("name", "Adda " + last.replace("Okafor", "Okafur")).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/children/" + id)));
        mvc.perform(get("/children").param("name", "Adaeze " + last).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("/children/" + id)));
        mvc.perform(get("/children").param("nhsNumber", "9434765919").param("dateOfBirth.day", "14")
                        .param("dateOfBirth.month", "2").param("dateOfBirth.year", "2016").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("/children/" + id)));

        String changes = jdbc.sql("select details from audit_event where person_id = :id and action = 'CHANGE' and subject = 'person' order by seq desc limit 1")
                .param("id", id).query(String.class).single();
        assertThat(changes).contains("\"field\":\"firstName\",\"old\":\"Adaeze\",\"new\":\"Ada\"")
                .contains("\"field\":\"disabilities\",\"old\":\"No disability\",\"new\":\"Autism\"");
    }

    @Test
    void each_wrong_field_is_named_in_the_error_summary_and_linked_to_the_field() throws Exception {
        Map<String, String> f = aValidChild("", "");
        f.remove("sex");
        f.remove("ethnicity");
        f.put("dateOfBirth.year", String.valueOf(LocalDate.now().getYear() + 1));
        f.put("upn", "A801200005001");
        f.put("nhsNumber", "9434765918");
        f.put("postcode", "NOT A POSTCODE");
        f.put("restricted", "yes");
        f.put("restrictedReason", "");
        f.put("disabilities", "NONE");
        f.put("upnUnknownReason", "UN1");
        String page = mvc.perform(form(post("/children/new"), f).param("disabilities", "AUT").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("href=\"#firstName\">Enter the first name")
                .contains("href=\"#lastName\">Enter the last name")
                .contains("href=\"#sex\">Select the sex")
                .contains("href=\"#ethnicity\">Select the ethnicity")
                .contains("href=\"#upn\">Unique pupil number has the wrong check letter")
                .contains("href=\"#upnUnknownReason\">Reason the UPN is unknown must be empty")
                .contains("href=\"#nhsNumber\">NHS number has the wrong check digit")
                .contains("href=\"#postcode\">Postcode must be a UK postcode")
                .contains("href=\"#restrictedReason\">Enter why the record is restricted")
                .contains("href=\"#disabilities\">Disabilities cannot be &#39;No disability&#39; and a disability at once")
                // typed values are shown back
                .contains("value=\"A801200005001\"").contains("value=\"NOT A POSTCODE\"");

        Map<String, String> future = aValidChild("Zara", "Future");
        future.put("dateOfBirth.year", String.valueOf(LocalDate.now().getYear() + 1));
        mvc.perform(form(post("/children/new"), future).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("href=\"#dateOfBirth\">Date of birth must be today or in the past")));

        Map<String, String> both = aValidChild("Zara", "Both");
        both.put("expectedDateOfBirth.day", "1");
        both.put("expectedDateOfBirth.month", "1");
        both.put("expectedDateOfBirth.year", String.valueOf(LocalDate.now().getYear() + 1));
        both.put("dateOfBirth.month", "13");
        mvc.perform(form(post("/children/new"), both).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("href=\"#dateOfBirth\">Date of birth must be a real date")));

        Map<String, String> unbornTooFar = aValidChild("Baby", "Later");
        unbornTooFar.remove("dateOfBirth.day");
        unbornTooFar.remove("dateOfBirth.month");
        unbornTooFar.remove("dateOfBirth.year");
        LocalDate tooFar = LocalDate.now().plusMonths(11);
        unbornTooFar.put("expectedDateOfBirth.day", String.valueOf(tooFar.getDayOfMonth()));
        unbornTooFar.put("expectedDateOfBirth.month", String.valueOf(tooFar.getMonthValue()));
        unbornTooFar.put("expectedDateOfBirth.year", String.valueOf(tooFar.getYear()));
        mvc.perform(form(post("/children/new"), unbornTooFar).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("href=\"#expectedDateOfBirth\">Expected date of birth must be within 10 months")));
    }

    @Test
    void saving_a_record_someone_else_saved_meanwhile_is_refused_and_keeps_the_typed_values() throws Exception {
        String last = lastNameUnique();
        UUID id = create(aValidChild("Maya", last));
        String colleague = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");

        Map<String, String> theirs = aValidChild("Maya", last);
        theirs.put("version", "0");
        theirs.put("religion", "MUSLIM");
        mvc.perform(form(post("/children/" + id + "/edit"), theirs).with(as(colleague, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection());

        Map<String, String> mine = aValidChild("Mayowa", last);
        mine.put("version", "0");
        mvc.perform(form(post("/children/" + id + "/edit"), mine).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This record was changed by " + colleague + " at "),
                        containsString("since you opened it"), containsString("value=\"Mayowa\""),
                        containsString("name=\"version\" value=\"1\""))));
        assertThat(jdbc.sql("select first_name || ' ' || religion from person where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Maya MUSLIM");
    }

    @Test
    void the_edit_form_does_not_move_the_record_to_another_team_which_moves_only_with_allocation() throws Exception {
        UUID id = create(aValidChild("Stays", lastNameUnique()));
        mvc.perform(get("/children/" + id + "/edit").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("name=\"responsibleTeamId\""))));
        Map<String, String> edit = aValidChild("Stays", "Elsewhere");
        edit.put("version", "0");
        edit.put("responsibleTeamId", testData.aTeam("Children in need").toString());
        mvc.perform(form(post("/children/" + id + "/edit"), edit).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select responsible_team_id from person where id = :id").param("id", id).query(UUID.class).single())
                .isEqualTo(team);
    }

    @Test
    void a_search_never_shows_another_teams_record_or_a_restricted_record_without_a_grant() throws Exception {
        String last = lastNameUnique();
        UUID otherTeam = testData.aTeam("Children in need");
        String otherWorker = testData.aUser(Role.SOCIAL_WORKER, otherTeam, "Children in need");
        UUID ours = create(aValidChild("Noor", last));
        Map<String, String> theirs = aValidChild("Noor", last);
        theirs.put("responsibleTeamId", otherTeam.toString());
        theirs.put("confirmed", "yes");
        mvc.perform(form(post("/children/new"), theirs).with(as(otherWorker, Role.SOCIAL_WORKER))).andExpect(status().is3xxRedirection());
        UUID theirsId = jdbc.sql("select id from person where last_name = :l and responsible_team_id = :t").param("l", last).param("t", otherTeam)
                .query(UUID.class).single();
        Map<String, String> restricted = aValidChild("Noor", last);
        restricted.put("restricted", "yes");
        restricted.put("restrictedReason", "Child of a member of staff");
        UUID restrictedId = create(restricted);
        String colleague = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");

        // whoever restricts a record is granted it, so they do not lose sight of it
        mvc.perform(get("/children").param("name", "Noor " + last).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("/children/" + restrictedId)));
        mvc.perform(get("/children").param("name", "Noor " + last).with(as(colleague, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("/children/" + ours), not(containsString("/children/" + theirsId)),
                        not(containsString("/children/" + restrictedId)))));
        mvc.perform(get("/children/" + restrictedId).with(as(colleague, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + theirsId).with(as(colleague, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'REFUSED' and person_id = :id")
                .param("a", colleague).param("id", restrictedId).query(Long.class).single()).isEqualTo(1);

        TestData.asSystem(() -> administration.grantRestrictedAccess(restrictedId, colleague, "Covering the case", null, "manager"));
        mvc.perform(get("/children").param("name", "Noor " + last).with(as(colleague, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("/children/" + restrictedId), not(containsString("/children/" + theirsId)))));
        mvc.perform(get("/children/" + restrictedId).with(as(colleague, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Restricted record")));
    }

    @Test
    void viewing_a_record_writes_one_audit_row_and_a_search_writes_one_with_its_terms() throws Exception {
        UUID id = create(aValidChild("Idris", lastNameUnique()));
        String reader = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");

        mvc.perform(get("/children/" + id).with(as(reader, Role.SOCIAL_WORKER))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'VIEW' and person_id = :id")
                .param("a", reader).param("id", id).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/children").param("name", "Idris").param("localId", "").with(as(reader, Role.SOCIAL_WORKER))).andExpect(status().isOk());
        var searches = jdbc.sql("select details from audit_event where actor = :a and action = 'SEARCH'").param("a", reader)
                .query(String.class).list();
        assertThat(searches).hasSize(1);
        assertThat(searches.getFirst()).contains("\"name\":\"Idris\"").doesNotContain("localId");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a").param("a", reader).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_likely_duplicate_is_shown_before_creating_and_the_user_may_confirm() throws Exception {
        String last = lastNameUnique();
        UUID first = create(aValidChild("Jon", last));
        Map<String, String> again = aValidChild("John", last);
        again.remove("upn");
        again.remove("nhsNumber");
        mvc.perform(form(post("/children/new"), again).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This child may already have a record"), containsString("/children/" + first),
                        containsString("Similar name and same date of birth"))));
        again.put("confirmed", "yes");
        mvc.perform(form(post("/children/new"), again).with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from person where last_name = :l").param("l", last).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_new_address_ends_the_current_one_and_a_relationship_shows_on_both_records() throws Exception {
        String last = lastNameUnique();
        UUID child = create(aValidChild("Tomasz", last));
        Map<String, String> mother = aValidChild("Ewa", last);
        mother.put("dateOfBirth.year", "1988");
        mother.remove("upn");
        mother.remove("nhsNumber");
        UUID mum = create(mother);
        String mumLocalId = jdbc.sql("select local_id from person where id = :id").param("id", mum).query(String.class).single();

        mvc.perform(post("/children/" + child + "/addresses/new").with(csrf()).with(as(worker, Role.SOCIAL_WORKER))
                        .param("line1", "3 New Road").param("town", "Northmoor").param("postcode", "NM1 2AB")
                        .param("startDate.day", "1").param("startDate.month", "3").param("startDate.year", "2024"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/children/" + child + "/relationships/new").with(csrf()).with(as(worker, Role.SOCIAL_WORKER))
                        .param("relationshipType", "CHILD_OF").param("relatedLocalId", mumLocalId.toLowerCase()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/children/" + child).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("Current, since 1 March 2024"),
                        containsString("1 September 2020 to 1 March 2024"), containsString("Child of"), containsString("Ewa " + last))));
        mvc.perform(get("/children/" + mum).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("Parent of"), containsString("Tomasz " + last))));

        mvc.perform(post("/children/" + child + "/addresses/new").with(csrf()).with(as(worker, Role.SOCIAL_WORKER))
                        .param("line1", "Old Road").param("town", "Northmoor").param("postcode", "NM1 2AB")
                        .param("startDate.day", "1").param("startDate.month", "1").param("startDate.year", "2024"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#startDate\">Date they started living here must be after 1 March 2024")));
        // an earlier address may be added with the day they left; it may not overlap another
        mvc.perform(post("/children/" + child + "/addresses/new").with(csrf()).with(as(worker, Role.SOCIAL_WORKER))
                        .param("line1", "Earlier Road").param("town", "Northmoor").param("postcode", "NM1 2AB")
                        .param("startDate.day", "1").param("startDate.month", "1").param("startDate.year", "2018")
                        .param("endDate.day", "1").param("endDate.month", "9").param("endDate.year", "2020"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/children/" + child + "/addresses/new").with(csrf()).with(as(worker, Role.SOCIAL_WORKER))
                        .param("line1", "Clashing Road").param("town", "Northmoor").param("postcode", "NM1 2AB")
                        .param("startDate.day", "1").param("startDate.month", "1").param("startDate.year", "2019")
                        .param("endDate.day", "1").param("endDate.month", "6").param("endDate.year", "2019"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#startDate\">These dates overlap the address at Earlier Road (1 January 2018 to 1 September 2020)")));
        mvc.perform(get("/children/" + child).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("1 January 2018 to 1 September 2020")));
        mvc.perform(post("/children/" + child + "/relationships/new").with(csrf()).with(as(worker, Role.SOCIAL_WORKER))
                        .param("relationshipType", "SIBLING").param("relatedLocalId", "NOSUCHID"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#relatedLocalId\">There is no person with local ID")));
    }

    @Test
    void find_a_child_is_offered_to_roles_that_read_records_and_create_only_to_roles_that_write() throws Exception {
        String admin = testData.aUser(Role.ADMINISTRATOR, null, null);
        String analyst = testData.aUser(Role.PERFORMANCE_ANALYST, null, null);
        // (a worker's start page is their work tray; the navigation is the same on every page)
        mvc.perform(get("/tray").with(as(worker, Role.SOCIAL_WORKER))).andExpect(content().string(containsString("Find a child")));
        mvc.perform(get("/").with(as(analyst, Role.PERFORMANCE_ANALYST))).andExpect(content().string(containsString("Find a child")));
        mvc.perform(get("/").with(as(admin, Role.ADMINISTRATOR))).andExpect(content().string(not(containsString("Find a child"))));
        mvc.perform(get("/children").with(as(worker, Role.SOCIAL_WORKER))).andExpect(content().string(containsString("Create a new record")));
        mvc.perform(get("/children").with(as(analyst, Role.PERFORMANCE_ANALYST)))
                .andExpect(content().string(allOf(containsString("Find a child"), not(containsString("Create a new record")))));
        UUID id = create(aValidChild("Read", lastNameUnique()));
        mvc.perform(get("/children/" + id).with(as(analyst, Role.PERFORMANCE_ANALYST)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Edit details"))));
        mvc.perform(get("/children/" + id + "/edit").with(as(analyst, Role.PERFORMANCE_ANALYST))).andExpect(status().isForbidden());
    }

    @Test
    void a_name_the_child_is_also_known_by_is_shown_on_the_record_and_finds_the_child() throws Exception {
        String last = lastNameUnique();
        UUID id = create(aValidChild("Precious", last));
        mvc.perform(post("/children/" + id + "/names/new").with(csrf()).with(as(worker, Role.SOCIAL_WORKER))
                        .param("kind", "ALSO_KNOWN_AS").param("firstName", "Pree").param("lastName", "Quartermaine"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + id).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("Also known as"), containsString("Pree Quartermaine"))));
        mvc.perform(get("/children").param("name", "Quartermain").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("/children/" + id)));
        mvc.perform(post("/children/" + id + "/names/new").with(csrf()).with(as(worker, Role.SOCIAL_WORKER)).param("kind", "FORMER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#firstName\">Enter a first name, a last name or both")));
    }

    @Test
    void a_role_that_only_reads_cannot_open_or_post_the_forms_that_change_a_record() throws Exception {
        UUID id = create(aValidChild("Kofi", lastNameUnique()));
        String inspector = testData.aUser(Role.INSPECTOR, null, null);
        mvc.perform(get("/children/" + id + "/addresses/new").with(as(inspector, Role.INSPECTOR))).andExpect(status().isForbidden());
        mvc.perform(post("/children/" + id + "/relationships/new").with(csrf()).with(as(inspector, Role.INSPECTOR))
                .param("relationshipType", "SIBLING").param("relatedLocalId", "P0000001")).andExpect(status().isForbidden());
        Map<String, String> edit = aValidChild("Kwame", "Changed");
        edit.put("version", "0");
        mvc.perform(form(post("/children/" + id + "/edit"), edit).with(as(inspector, Role.INSPECTOR))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select first_name from person where id = :id").param("id", id).query(String.class).single()).isEqualTo("Kofi");
    }

    @Test
    void a_date_of_death_before_the_birth_or_in_the_future_is_refused_naming_the_date_of_death() throws Exception {
        UUID id = create(aValidChild("Grace", lastNameUnique()));
        Map<String, String> edit = aValidChild("Grace", "Any");
        edit.put("version", "0");
        edit.put("dateOfDeath.day", "1");
        edit.put("dateOfDeath.month", "1");
        edit.put("dateOfDeath.year", "2015");
        mvc.perform(form(post("/children/" + id + "/edit"), edit).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#dateOfDeath\">Date of death must be the same as or after the date of birth")));
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        edit.put("dateOfDeath.day", String.valueOf(tomorrow.getDayOfMonth()));
        edit.put("dateOfDeath.month", String.valueOf(tomorrow.getMonthValue()));
        edit.put("dateOfDeath.year", String.valueOf(tomorrow.getYear()));
        mvc.perform(form(post("/children/" + id + "/edit"), edit).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("href=\"#dateOfDeath\">Date of death must be today or in the past")));
    }
}
