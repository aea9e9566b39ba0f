package uk.opencsc.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Optional;

/** The start page: a module's page for the users it claims ({@link HomePage}); otherwise the navigation as cards. */
@Controller
class HomeController {

    private final List<HomePage> homes;

    HomeController(List<HomePage> homes) {
        this.homes = homes;
    }

    @GetMapping("/")
    String home() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return homes.stream().map(h -> h.pathFor(signedIn)).flatMap(Optional::stream).findFirst()
                .map(path -> "redirect:" + path).orElse("home");
    }
}
