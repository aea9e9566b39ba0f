package uk.opencsc.returns.cin.imports;

/**
 * Why an import was refused: a child (its LAchildID, "child n" without one, "-" for the file), the element, and what
 * was wrong, in the words of the rule that refused it.
 */
public record ImportProblem(String child, String element, String message) {
}
