package uk.opencsc.timescales.adapters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;
import uk.opencsc.timescales.RuleId;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TimescalesPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    TimescaleSettings settings;
    @Autowired
    JdbcClient jdbc;

    String administrator() {
        return testData.aUser(Role.ADMINISTRATOR, null, null);
    }

    static MockHttpServletRequestBuilder change(String rule, String admin, String first, String repeat, LocalDate from, int version) {
        return post("/timescales/{id}/setting", rule).with(user(admin).roles("ADMINISTRATOR")).with(csrf())
                .param("first", first).param("repeat", repeat)
                .param("effectiveFrom.day", from == null ? "" : String.valueOf(from.getDayOfMonth()))
                .param("effectiveFrom.month", from == null ? "" : String.valueOf(from.getMonthValue()))
                .param("effectiveFrom.year", from == null ? "" : String.valueOf(from.getYear()))
                .param("version", String.valueOf(version));
    }

    @Test
    void every_signed_in_user_sees_every_rule_with_its_source_and_a_link_in_the_navigation() throws Exception {
        mvc.perform(get("/timescales").with(user("a-social-worker").roles("SOCIAL_WORKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Initial child protection conference")))
                .andExpect(content().string(containsString("within 15 working days")))
                .andExpect(content().string(containsString("Care Planning, Placement and Case Review (England) Regulations 2010, reg 33")))
                .andExpect(content().string(containsString("Children and Families Act 2014 s14")))
                .andExpect(content().string(containsString("applies to work that starts on or after the day it takes effect")))
                .andExpect(content().string(containsString("href=\"/timescales\"")))
                .andExpect(content().string(not(containsString("/timescales/child-protection-visit/setting"))));
    }

    @Test
    void only_an_administrator_may_change_a_setting() throws Exception {
        mvc.perform(get("/timescales/child-in-need-visit/setting").with(user("a-team-manager").roles("TEAM_MANAGER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/timescales/child-in-need-visit/setting").with(user("a-team-manager").roles("TEAM_MANAGER")).with(csrf())
                        .param("first", "5").param("repeat", "5").param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(settings.currentVersion(RuleId.of("child-in-need-visit"))).isZero();
    }

    @Test
    void a_rule_set_by_law_has_no_setting_form() throws Exception {
        mvc.perform(get("/timescales/looked-after-review/setting").with(user(administrator()).roles("ADMINISTRATOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_administrator_changes_how_often_children_on_a_protection_plan_are_visited_and_the_change_is_audited() throws Exception {
        String admin = administrator();
        RuleId rule = RuleId.of("child-protection-visit");
        mvc.perform(get("/timescales/child-protection-visit/setting").with(user(admin).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Now: within 10 working days, then every 10 working days")));
        mvc.perform(get("/timescales").with(user(admin).roles("ADMINISTRATOR")))
                .andExpect(content().string(containsString("/timescales/child-protection-visit/setting")));

        int version = settings.currentVersion(rule);
        LocalDate from = LocalDate.now().plusDays(30);
        mvc.perform(change("child-protection-visit", admin, "15", "20", from, version))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/timescales"))
                .andExpect(flash().attribute("changed", containsString("within 15 working days, then every 20 working days")));

        assertThat(settings.currentVersion(rule)).isEqualTo(version + 1);
        assertThat(settings.rules().ruleFor(rule, from).first().amount()).isEqualTo(15);
        assertThat(settings.rules().ruleFor(rule, from.minusDays(1)).first().amount())
                .as("work started before the change keeps its timescale").isEqualTo(10);
        mvc.perform(get("/timescales").with(user(admin).roles("ADMINISTRATOR")))
                .andExpect(content().string(containsString("within 15 working days, then every 20 working days")));

        var audit = jdbc.sql("select actor, action, details from audit_event where subject = 'timescale-local-setting' and actor = :actor")
                .param("actor", admin).query((rs, n) -> rs.getString("action") + " " + rs.getString("details")).list();
        assertThat(audit).singleElement().satisfies(row -> assertThat(row)
                .startsWith("CHANGE").contains("child-protection-visit")
                .contains("within 10 working days, then every 10 working days")
                .contains("within 15 working days, then every 20 working days")
                .contains(from.toString()));
    }

    @Test
    void a_setting_that_is_not_a_whole_number_or_takes_effect_in_the_past_is_refused_naming_each_field() throws Exception {
        String admin = administrator();
        RuleId rule = RuleId.of("child-in-need-visit");
        int version = settings.currentVersion(rule);
        mvc.perform(change("child-in-need-visit", admin, "ten", "", LocalDate.now().minusDays(1), version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#first\"")))
                .andExpect(content().string(containsString("First due within must be a whole number from 1 to 365")))
                .andExpect(content().string(containsString("href=\"#repeat\"")))
                .andExpect(content().string(containsString("Enter how often it repeats")))
                .andExpect(content().string(containsString("href=\"#effectiveFrom\"")))
                .andExpect(content().string(containsString("Takes effect from must be today or in the future")))
                .andExpect(content().string(containsString("value=\"ten\"")));
        assertThat(settings.currentVersion(rule)).as("nothing saved").isEqualTo(version);
    }

    @Test
    void a_change_saved_from_a_form_someone_else_has_since_changed_is_refused_with_a_clear_message() throws Exception {
        String first = administrator();
        String second = administrator();
        RuleId rule = RuleId.of("first-core-group");
        int version = settings.currentVersion(rule);
        LocalDate from = LocalDate.now().plusDays(10);
        mvc.perform(change("first-core-group", first, "8", "", from, version)).andExpect(status().is3xxRedirection());
        mvc.perform(change("first-core-group", second, "12", "", from, version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this setting while you were editing it")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
        assertThat(settings.currentVersion(rule)).isEqualTo(version + 1);
        assertThat(settings.rules().ruleFor(rule, from).first().amount()).as("the first change stands").isEqualTo(8);
    }
}
