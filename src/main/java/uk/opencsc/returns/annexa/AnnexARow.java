package uk.opencsc.returns.annexa;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * One row of an Annex A list.
 *
 * @param personId the child, so a list can be narrowed to some children (and linked to their record)
 * @param teamId   the child's allocated team at the reference date (or the team responsible for them); null when none
 * @param workerId the child's allocated worker at the reference date; null when none
 * @param cells    the row's values in the list's column order, as Ofsted writes them: a String, a
 *                 {@link LocalDate} or an Integer; null for a blank cell
 */
record AnnexARow(UUID personId, UUID teamId, UUID workerId, List<Object> cells) {

    /** Dates as Ofsted's lists write them (dd/MM/yyyy). */
    static final DateTimeFormatter OFSTED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    AnnexARow {
        cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    /** The cells as text, as the on-screen table and the hand-worked tests read them: dates dd/MM/yyyy, blanks "". */
    List<String> text() {
        return cells.stream().map(c -> c == null ? "" : c instanceof LocalDate d ? OFSTED_DATE.format(d) : c.toString()).toList();
    }
}
