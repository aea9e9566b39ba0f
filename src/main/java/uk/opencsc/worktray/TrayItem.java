package uk.opencsc.worktray;

import uk.opencsc.timescales.Obligation;

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
}
