package uk.opencsc.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.AccessAdministration.NewTeam;
import uk.opencsc.access.AccessAdministration.NewUser;
import uk.opencsc.access.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builds teams and users in the shared test database with unique names, so tests never collide.
 * The demo password is "demo".
 */
@Component
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final AccessAdministration access;

    TestData(AccessAdministration access) {
        this.access = access;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    public UUID aTeam(String service) {
        return asSystem(() -> access.createTeam(new NewTeam(unique("team"), service)));
    }

    /** A user of the role in the team (null for roles without a team); inspectors expire a month from today. */
    public String aUser(Role role, UUID teamId, String service) {
        String username = unique(role.name().toLowerCase());
        LocalDate expires = role == Role.INSPECTOR ? LocalDate.now().plusMonths(1) : null;
        asSystem(() -> access.createUser(new NewUser(username, "Test " + role.label(), role, teamId, service, "demo", expires)));
        return username;
    }

    /** Runs setup as an unattended process would (audited as "system"), whatever the test is signed in as. */
    public static <T> T asSystem(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(null);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Signs the current thread in as {@code username} with {@code role} (for calling services directly). */
    public static void signIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}
