package uk.opencsc.returns.cin.rules;

/**
 * One broken rule: which child (LAchildID, or "child n" when it has none; null for the header or the return as a
 * whole), which element, which rule.
 */
public record Failure(String child, ElementPath element, String code, Severity severity, String message) {

    public static Failure of(CensusRule rule, String child, ElementPath element) {
        return new Failure(child, element, rule.code(), rule.severity(), rule.message());
    }
}
