package uk.opencsc.returns.cin.rules;

/** An error stops the return being accepted; a query must be amended or explained to the DfE. */
public enum Severity {
    ERROR,
    QUERY;

    /** The DfE marks its queries with a trailing Q (8670Q); every other code is an error. */
    static Severity ofCode(String code) {
        return code.endsWith("Q") ? QUERY : ERROR;
    }
}
