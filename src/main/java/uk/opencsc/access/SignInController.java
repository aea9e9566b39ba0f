package uk.opencsc.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/** The sign-in page: a password form, and a button per single sign-on provider when one is configured. */
@Controller
class SignInController {

    private final List<SingleSignOn> providers;

    SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<SingleSignOn> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof InMemoryClientRegistrationRepository repository) {
            for (ClientRegistration r : repository) {
                found.add(new SingleSignOn(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
            }
        }
        this.providers = List.copyOf(found);
    }

    record SingleSignOn(String name, String href) {
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("singleSignOn", providers);
        return "access/sign-in";
    }
}
