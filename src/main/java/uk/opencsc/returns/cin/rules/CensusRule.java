package uk.opencsc.returns.cin.rules;

/**
 * A DfE CIN census validation rule: its code (as the DfE numbers it), the DfE's message, and whether it is an
 * error or a query. The check itself is a {@link ChildRule} or a {@link ReturnRule}.
 */
public sealed interface CensusRule permits ChildRule, ReturnRule {

    String code();

    /** The DfE's wording, shown to analysts on the validation report. */
    String message();

    default Severity severity() {
        return Severity.ofCode(code());
    }
}
