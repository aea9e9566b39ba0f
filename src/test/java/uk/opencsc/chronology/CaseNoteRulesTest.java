package uk.opencsc.chronology;

import org.junit.jupiter.api.Test;
import uk.opencsc.access.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CaseNoteRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 14, 30);

    static CaseNoteDetails aVisit(Boolean seen, Boolean alone) {
        return new CaseNoteDetails(CaseNoteType.VISIT, NOW.minusHours(2), "Home visit", "Saw Amara at home.", seen, alone,
                "I like my new school", null, null);
    }

    static CaseNoteDetails oversight(String decision, String rationale) {
        return new CaseNoteDetails(CaseNoteType.MANAGEMENT_OVERSIGHT, NOW.minusHours(1), "Case direction", "Reviewed the file.",
                null, null, null, decision, rationale);
    }

    @Test
    void a_complete_visit_note_by_a_social_worker_has_no_problems() {
        assertThat(CaseNoteRules.problems(aVisit(true, true), Role.SOCIAL_WORKER, NOW)).isEmpty();
    }

    @Test
    void an_event_in_the_future_is_refused_naming_the_date() {
        var note = new CaseNoteDetails(CaseNoteType.PHONE_CALL, NOW.plusMinutes(1), "Call", "Spoke to mum.", null, null, null, null, null);
        assertThat(CaseNoteRules.problems(note, Role.SOCIAL_WORKER, NOW))
                .containsExactly(new NoteProblem("occurredOn", "Date and time it happened must be now or in the past"));
    }

    @Test
    void an_event_happening_this_very_minute_may_be_recorded() {
        var note = new CaseNoteDetails(CaseNoteType.PHONE_CALL, NOW, "Call", "Spoke to mum.", null, null, null, null, null);
        assertThat(CaseNoteRules.problems(note, Role.SOCIAL_WORKER, NOW)).isEmpty();
    }

    @Test
    void the_note_text_and_subject_are_required() {
        var note = new CaseNoteDetails(CaseNoteType.OTHER, NOW, " ", "  ", null, null, null, null, null);
        assertThat(CaseNoteRules.problems(note, Role.SOCIAL_WORKER, NOW)).extracting(NoteProblem::field).containsExactly("subject", "text");
    }

    @Test
    void a_visit_must_say_whether_the_child_was_seen_and_if_seen_whether_alone() {
        assertThat(CaseNoteRules.problems(aVisit(null, null), Role.SOCIAL_WORKER, NOW)).extracting(NoteProblem::field).containsExactly("childSeen");
        assertThat(CaseNoteRules.problems(aVisit(true, null), Role.SOCIAL_WORKER, NOW)).extracting(NoteProblem::field).containsExactly("seenAlone");
        assertThat(CaseNoteRules.problems(aVisit(false, null), Role.SOCIAL_WORKER, NOW)).isEmpty();
    }

    @Test
    void visit_facts_are_dropped_from_other_types_and_seen_alone_from_a_child_not_seen() {
        var call = new CaseNoteDetails(CaseNoteType.PHONE_CALL, NOW, "Call", "Text", true, true, "words", "d", "r");
        assertThat(call.childSeen()).isNull();
        assertThat(call.childsWords()).isNull();
        assertThat(call.decision()).isNull();
        assertThat(aVisit(false, true).seenAlone()).isNull();
    }

    @Test
    void management_oversight_can_only_be_recorded_by_a_team_manager_or_head_of_service() {
        assertThat(CaseNoteRules.problems(oversight("Step down to early help", "Needs met"), Role.SOCIAL_WORKER, NOW))
                .containsExactly(new NoteProblem("type", "Management oversight can only be recorded by a team manager or head of service"));
        assertThat(CaseNoteRules.problems(oversight("Step down to early help", "Needs met"), Role.TEAM_MANAGER, NOW)).isEmpty();
        assertThat(CaseNoteRules.problems(oversight("Step down to early help", "Needs met"), Role.HEAD_OF_SERVICE, NOW)).isEmpty();
    }

    @Test
    void management_oversight_must_state_a_decision_and_its_rationale() {
        assertThat(CaseNoteRules.problems(oversight(" ", null), Role.TEAM_MANAGER, NOW))
                .containsExactly(new NoteProblem("decision", "Enter the decision"), new NoteProblem("rationale", "Enter the reasons for the decision"));
    }

    @Test
    void the_author_may_change_a_note_until_24_hours_after_recording_it() {
        Instant recorded = Instant.parse("2026-03-10T09:00:00Z");
        assertThat(CaseNoteRules.whyNotEditable("sam", recorded, "sam", recorded.plus(Duration.ofHours(24)).minusSeconds(1))).isEmpty();
        assertThat(CaseNoteRules.whyNotEditable("sam", recorded, "sam", recorded.plus(Duration.ofHours(24))))
                .hasValueSatisfying(why -> assertThat(why).contains("more than 24 hours ago").contains("addendum"));
    }

    @Test
    void nobody_but_the_author_may_change_a_note_even_within_24_hours() {
        Instant recorded = Instant.parse("2026-03-10T09:00:00Z");
        assertThat(CaseNoteRules.whyNotEditable("sam", recorded, "alex", recorded.plusSeconds(60)))
                .hasValueSatisfying(why -> assertThat(why).contains("Only the person who recorded this note"));
    }

    @Test
    void an_addendum_needs_its_text() {
        assertThat(CaseNoteRules.addendumProblems(" ")).extracting(NoteProblem::field).containsExactly("text");
        assertThat(CaseNoteRules.addendumProblems("Correction: the visit was on Tuesday")).isEmpty();
    }

    @Test
    void the_time_is_read_on_the_24_hour_clock() {
        assertThat(CaseNoteForm.time("14:30")).hasValue(java.time.LocalTime.of(14, 30));
        assertThat(CaseNoteForm.time("0930")).hasValue(java.time.LocalTime.of(9, 30));
        assertThat(CaseNoteForm.time("9.05")).hasValue(java.time.LocalTime.of(9, 5));
        assertThat(CaseNoteForm.time("24:00")).isEmpty();
        assertThat(CaseNoteForm.time("2pm")).isEmpty();
    }
}
