package uk.opencsc.platform.web;

/** The thing asked for does not exist (or, for a restricted record, must not be admitted to exist). Shown as a 404 page. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
