package uk.opencsc.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.opencsc.platform.web.CodeOption;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The administrator's users: who may sign in, with which role and team, and until when. With single
 * sign-on a user must exist here (matched on their user principal name) before they can use OpenCSC.
 */
@Controller
class UserAdministrationController {

    private final AccessAdministration administration;
    private final UserRepository users;

    UserAdministrationController(AccessAdministration administration, UserRepository users) {
        this.administration = administration;
        this.users = users;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "access/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("form", UserForm.blank());
        return form(model);
    }

    @PostMapping("/admin/users/new")
    String create(@ModelAttribute("form") UserForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AccessAdministration.NewUser user = form.validate(errors, LocalDate.now());
        if (user != null && users.findByUsername(user.username()).isPresent()) {
            errors.rejectValue("username", "taken", "There is already a user called " + user.username());
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        administration.createUser(user);
        redirect.addFlashAttribute("message", "User " + user.username() + " created");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", administration.setEnabled(id, false) + " can no longer sign in");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", administration.setEnabled(id, true) + " can sign in again");
        return "redirect:/admin/users";
    }

    private String form(Model model) {
        model.addAttribute("roles", Arrays.stream(Role.values()).map(r -> new CodeOption(r.name(), r.label())).toList());
        List<CodeOption> teams = administration.teams().stream()
                .map(t -> new CodeOption(t.id().toString(), t.name() + " (" + t.service() + ")")).toList();
        model.addAttribute("teams", teams);
        return "access/user-form";
    }
}
