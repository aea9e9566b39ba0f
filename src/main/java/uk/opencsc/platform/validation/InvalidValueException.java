package uk.opencsc.platform.validation;

/**
 * A value that cannot be part of a record (a UPN with the wrong check letter, a malformed
 * postcode, an unknown code). {@link #field()} names the field so a form or an import can say where.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the value was for, e.g. "upn" or "postcode". */
    public String field() {
        return field;
    }
}
