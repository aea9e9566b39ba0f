package uk.opencsc.access;

import org.springframework.validation.Errors;
import uk.opencsc.platform.web.DateInput;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A new user account as the administrator typed it. */
record UserForm(String username, String displayName, String role, String team, String service, DateInput accessExpiresOn,
                String password) {

    /** Letters, digits and . _ @ - : a user principal name (jo.bloggs@council.gov.uk) or a short login. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    private static final Set<Role> NEED_A_TEAM = Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER);

    static UserForm blank() {
        return new UserForm("", "", "", "", "", DateInput.empty(), "");
    }

    /** The account to create, or null with each problem recorded against its field. */
    AccessAdministration.NewUser validate(Errors errors, LocalDate today) {
        if (blank(username)) {
            errors.rejectValue("username", "required", "Enter a username");
        } else if (!USERNAME.matcher(username.trim()).matches()) {
            errors.rejectValue("username", "invalid", "Username must be 2 to 100 letters, digits or . _ @ -, with no spaces");
        }
        if (blank(displayName)) {
            errors.rejectValue("displayName", "required", "Enter the person's name");
        }
        Role chosen = null;
        if (blank(role)) {
            errors.rejectValue("role", "required", "Select a role");
        } else {
            try {
                chosen = Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("role", "invalid", "Select a role from the list");
            }
        }
        UUID teamId = null;
        if (!blank(team)) {
            try {
                teamId = UUID.fromString(team);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("team", "invalid", "Select a team from the list");
            }
        }
        if (chosen != null && NEED_A_TEAM.contains(chosen) && teamId == null && !errors.hasFieldErrors("team")) {
            errors.rejectValue("team", "required", "Select the team of a " + chosen.label().toLowerCase());
        }
        if (chosen == Role.HEAD_OF_SERVICE && blank(service)) {
            errors.rejectValue("service", "required", "Enter the service a head of service leads");
        }
        LocalDate expires = null;
        if (accessExpiresOn != null && accessExpiresOn.problem().isPresent()) {
            errors.rejectValue("accessExpiresOn", "invalid", "Access ends " + accessExpiresOn.problem().get());
        } else if (accessExpiresOn != null) {
            expires = accessExpiresOn.toDate().orElse(null);
            if (expires != null && expires.isBefore(today)) {
                errors.rejectValue("accessExpiresOn", "past", "Access ends must be today or in the future");
            }
        }
        if (chosen == Role.INSPECTOR && expires == null && !errors.hasFieldErrors("accessExpiresOn")) {
            errors.rejectValue("accessExpiresOn", "required", "Enter when an inspector's access ends");
        }
        if (!blank(password) && password.length() < 12) {
            errors.rejectValue("password", "short", "Password must be at least 12 characters, or leave it blank for single sign-on");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new AccessAdministration.NewUser(username.trim(), displayName.trim(), chosen, teamId,
                blank(service) ? null : service.trim(), blank(password) ? null : password, expires);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
