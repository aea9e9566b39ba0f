package uk.opencsc.access;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Explicit grants to restricted records. Heads of service and administrators give and revoke them;
 * each grant names the person, the record, the reason and when it ends, and is audited against the child.
 */
@Controller
@PreAuthorize("hasAnyRole('HEAD_OF_SERVICE', 'ADMINISTRATOR')")
class RestrictedAccessController {

    private final AccessAdministration administration;
    private final GrantRepository grants;

    RestrictedAccessController(AccessAdministration administration, GrantRepository grants) {
        this.administration = administration;
        this.grants = grants;
    }

    @GetMapping("/access/restricted-records")
    String list(Model model) {
        model.addAttribute("form", GrantForm.blank());
        model.addAttribute("grants", grants.live());
        return "access/restricted-records";
    }

    @PostMapping("/access/restricted-records")
    String grant(@ModelAttribute("form") GrantForm form, BindingResult errors, Model model, Authentication signedIn,
                 RedirectAttributes redirect) {
        GrantForm.Valid valid = form.validate(errors, LocalDate.now());
        if (valid != null && !grants.userExists(valid.username())) {
            errors.rejectValue("username", "unknown", "There is no user called " + valid.username());
        }
        if (errors.hasErrors()) {
            model.addAttribute("grants", grants.live());
            return "access/restricted-records";
        }
        administration.grantRestrictedAccess(valid.personId(), valid.username(), valid.reason(), valid.expiresOn(), signedIn.getName());
        redirect.addFlashAttribute("message", "Access given to " + valid.username());
        return "redirect:/access/restricted-records";
    }

    @PostMapping("/access/restricted-records/{id}/revoke")
    String revoke(@PathVariable UUID id, Authentication signedIn, RedirectAttributes redirect) {
        administration.revokeRestrictedAccess(id, signedIn.getName());
        redirect.addFlashAttribute("message", "Access revoked");
        return "redirect:/access/restricted-records";
    }
}
