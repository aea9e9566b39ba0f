package uk.opencsc.worktray;

import uk.opencsc.platform.web.Formats;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;

import java.util.Objects;
import java.util.UUID;

/**
 * One piece of due work on a tray: the child, the obligation from their journey, who holds the child and where the
 * work is recorded.
 *
 * @param worker the allocated worker's name; null when nobody is allocated
 * @param form   the path of the form that meets it; the child's record when the module gives none
 */
public record TrayItem(UUID childId, String childName, String localId, Obligation obligation, String worker, String form) {

    public TrayItem {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(form, "form");
    }

    // The tag's colour and words, worked out here once rather than by several template expressions on every row:
    // a team tray's rows are most of its rendering.

    /** Red when overdue, orange when due today, blue when upcoming. */
    public String tagColour() {
        return switch (obligation.state()) {
            case OVERDUE -> "govuk-tag--red";
            case DUE_TODAY -> "govuk-tag--orange";
            default -> "govuk-tag--blue";
        };
    }

    /** "Overdue by 3 working days", or the state's label. */
    public String tagText() {
        if (obligation.state() != ObligationState.OVERDUE) {
            return obligation.state().label();
        }
        return "Overdue by " + Formats.workingDays(obligation.workingDaysLate());
    }
}
