package uk.opencsc.chronology;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a case note says. Check it with {@link CaseNoteRules#problems} before saving.
 *
 * @param occurredAt  when the visit, call or discussion happened, UK local time (not when it was typed)
 * @param childSeen   visits only: whether the child was seen; null for other types
 * @param seenAlone   visits only, when the child was seen: whether they were seen alone; null otherwise
 * @param childsWords visits only: what the child said, in their words; may be null
 * @param decision    management oversight only: the decision made
 * @param rationale   management oversight only: why
 */
public record CaseNoteDetails(CaseNoteType type, LocalDateTime occurredAt, String subject, String text,
                              Boolean childSeen, Boolean seenAlone, String childsWords, String decision, String rationale) {

    public CaseNoteDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (type != CaseNoteType.VISIT) {
            childSeen = null;
            seenAlone = null;
            childsWords = null;
        } else if (!Boolean.TRUE.equals(childSeen)) {
            seenAlone = null;
        }
        if (type != CaseNoteType.MANAGEMENT_OVERSIGHT) {
            decision = null;
            rationale = null;
        }
        subject = blankToNull(subject);
        text = blankToNull(text);
        childsWords = blankToNull(childsWords);
        decision = blankToNull(decision);
        rationale = blankToNull(rationale);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
