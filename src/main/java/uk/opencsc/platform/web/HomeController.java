package uk.opencsc.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the signed-in user's navigation, as cards. Later issues put the work tray here. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
