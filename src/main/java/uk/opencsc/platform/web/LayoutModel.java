package uk.opencsc.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;

/** What every page has: the authority's name, the signed-in user, their navigation and the date formats ({@code fmt}). */
@ControllerAdvice
class LayoutModel {

    private static final Formats FORMATS = new Formats();

    private final List<NavigationContributor> contributors;
    private final String localAuthority;

    LayoutModel(List<NavigationContributor> contributors, @Value("${opencsc.local-authority.name}") String localAuthority) {
        this.contributors = contributors;
        this.localAuthority = localAuthority;
    }

    @ModelAttribute("localAuthority")
    String localAuthority() {
        return localAuthority;
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return signedIn(auth) ? auth.getName() : null;
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!signedIn(auth)) {
            return List.of();
        }
        return contributors.stream().flatMap(c -> c.links(auth).stream())
                .sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return FORMATS;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * The same attributes for a page rendered by an {@code @ExceptionHandler} (the 403, 404 and 500 pages), where Spring
     * MVC does not run {@code @ModelAttribute} methods: without them the header's home link would have no text.
     */
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("localAuthority", localAuthority());
        model.addAttribute("signedInAs", signedInAs());
        model.addAttribute("navigation", navigation());
        model.addAttribute("fmt", formats());
        model.addAttribute("currentPath", currentPath(request));
    }

    private static boolean signedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
