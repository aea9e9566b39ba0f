package uk.opencsc.platform.validation;

/** What is wrong with one field, in words a form shows beside it and in its error summary. */
public record FieldProblem(String field, String message) {
}
