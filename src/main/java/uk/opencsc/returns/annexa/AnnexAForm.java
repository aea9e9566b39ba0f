package uk.opencsc.returns.annexa;

import uk.opencsc.platform.web.DateInput;

/**
 * The Annex A page's choices as typed (GET parameters, so a list can be bookmarked and works without JavaScript).
 *
 * @param referenceDate blank for today
 * @param list          the list's number, 1 to 11; blank for list 1
 * @param team          a team's id, or blank for every team
 * @param worker        a worker's id, or blank for every worker
 * @param page          the page of the list, from 1; blank for the first
 */
record AnnexAForm(DateInput referenceDate, String list, String team, String worker, String page) {
}
