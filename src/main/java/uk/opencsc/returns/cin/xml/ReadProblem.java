package uk.opencsc.returns.cin.xml;

import uk.opencsc.returns.cin.rules.ElementPath;

/**
 * An element of a census file that could not be read: an element the census does not have, a date that is not a
 * date, a missing required element, XML that is not well-formed.
 *
 * @param child    the child it is in, named as {@link uk.opencsc.returns.cin.CensusChild#name()} names it; null for
 *                 the header or the file as a whole
 * @param element  where, e.g. {@code CINdetails[2]/Assessments[1]/AssessmentActualStartDate}
 * @param expected what should have been there, in words
 */
public record ReadProblem(String child, ElementPath element, String expected) {
}
