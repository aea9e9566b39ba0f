package uk.opencsc.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps "not found" and "not permitted" to GOV.UK-style pages. Anything unexpected becomes the 500 page
 * with a reference the user can quote; the stack trace goes to the log, never to the browser.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final LayoutModel layout;

    ErrorPages(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class, NoResourceFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request) {
        layout.addTo(model, request);
        return "error/404";
    }

    @ExceptionHandler(NotPermittedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notPermitted(Model model, HttpServletRequest request) {
        layout.addTo(model, request);
        return "error/403";
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied(Model model, HttpServletRequest request) {
        layout.addTo(model, request);
        return "error/403";
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String unexpected(Exception e, Model model, HttpServletRequest request) {
        layout.addTo(model, request);
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, e);
        model.addAttribute("reference", reference);
        return "error/500";
    }
}
