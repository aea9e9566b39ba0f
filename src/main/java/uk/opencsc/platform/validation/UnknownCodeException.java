package uk.opencsc.platform.validation;

/** A code that is not in its code list. Never defaulted to "not stated": the caller must decide. */
public class UnknownCodeException extends InvalidValueException {

    private final String code;

    public UnknownCodeException(String field, String code, String listName) {
        super(field, "'" + code + "' is not a " + listName + " code");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
