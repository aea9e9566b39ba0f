package uk.opencsc.chronology;

/** Why a case note cannot be saved as it is: the form field at fault and a message that names it. */
public record NoteProblem(String field, String message) {
}
