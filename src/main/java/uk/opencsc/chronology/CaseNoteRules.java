package uk.opencsc.chronology;

import uk.opencsc.access.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules a case note must meet to be recorded or changed. Plain Java: the caller passes the time. */
public final class CaseNoteRules {

    /** How long after recording its author may still change a note; afterwards corrections are addenda. */
    public static final Duration EDIT_WINDOW = Duration.ofHours(24);

    /** Who may record management oversight: the people who hold management responsibility for the case. */
    static final Set<Role> OVERSIGHT_ROLES = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE);

    private CaseNoteRules() {
    }

    /**
     * Everything wrong with a note, each naming its field; empty when it may be saved.
     *
     * @param author the role of the person recording it
     * @param now    the current UK local time: an event cannot be recorded as happening after it
     */
    public static List<NoteProblem> problems(CaseNoteDetails note, Role author, LocalDateTime now) {
        List<NoteProblem> problems = new ArrayList<>();
        if (note.occurredAt().isAfter(now)) {
            problems.add(new NoteProblem("occurredOn", "Date and time it happened must be now or in the past"));
        }
        if (note.subject() == null) {
            problems.add(new NoteProblem("subject", "Enter a subject"));
        }
        if (note.text() == null) {
            problems.add(new NoteProblem("text", "Enter the note"));
        }
        if (note.type() == CaseNoteType.VISIT) {
            if (note.childSeen() == null) {
                problems.add(new NoteProblem("childSeen", "Select whether the child was seen"));
            } else if (note.childSeen() && note.seenAlone() == null) {
                problems.add(new NoteProblem("seenAlone", "Select whether the child was seen alone"));
            }
        }
        if (note.type() == CaseNoteType.MANAGEMENT_OVERSIGHT) {
            if (!OVERSIGHT_ROLES.contains(author)) {
                problems.add(new NoteProblem("type", "Management oversight can only be recorded by a team manager or head of service"));
            }
            if (note.decision() == null) {
                problems.add(new NoteProblem("decision", "Enter the decision"));
            }
            if (note.rationale() == null) {
                problems.add(new NoteProblem("rationale", "Enter the reasons for the decision"));
            }
        }
        return problems;
    }

    /** The problems of an addendum: it only needs its text. */
    public static List<NoteProblem> addendumProblems(String text) {
        return text == null || text.isBlank() ? List.of(new NoteProblem("text", "Enter the addendum")) : List.of();
    }

    /**
     * Why {@code username} may not change the note now, or empty if they may: only its author, and only
     * within {@link #EDIT_WINDOW} of recording it (until {@code recordedAt + 24h}, exclusive), so a note
     * others may have relied on is never overwritten later.
     */
    public static Optional<String> whyNotEditable(String recordedBy, Instant recordedAt, String username, Instant now) {
        if (!recordedBy.equals(username)) {
            return Optional.of("Only the person who recorded this note can change it. Add an addendum instead.");
        }
        if (!now.isBefore(recordedAt.plus(EDIT_WINDOW))) {
            return Optional.of("This note was recorded more than 24 hours ago, so it can no longer be changed. Add an addendum instead.");
        }
        return Optional.empty();
    }
}
