package uk.opencsc.access;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.function.Supplier;

/**
 * Who is signed in and what they may read, worked out once per web request: a page asks many times (the
 * controller, each service, the navigation), and each time cost two or three queries. Outside a web request (a
 * command, a test calling a service) nothing is kept, so a change of access is always seen by the next request.
 * An adapter of Spring's web request, not an access rule: named as adapters are, so that DomainRulesArePlainJavaTest
 * tells it from the plain-Java rules.
 */
final class PerRequestAccess {

    private static final String PREFIX = PerRequestAccess.class.getName() + ".";

    private PerRequestAccess() {
    }

    @SuppressWarnings("unchecked")
    static <T> T remember(String key, Supplier<T> compute) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        Object kept = request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = compute.get();
            request.setAttribute(PREFIX + key, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return (T) kept;
    }
}
