package uk.opencsc.platform.web;

/** The signed-in user may not do this. Shown as a 403 page that says so, without detail of the record. */
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
