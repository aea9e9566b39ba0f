package uk.opencsc.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import uk.opencsc.audit.AccessRefused;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The access rules applied to the signed-in user: what they may read (as a {@link ReadScope} a
 * search can use) and whether they may read or change one record. A refusal is published as
 * {@link AccessRefused} so the audit log records the attempt.
 */
@Service
public class RecordAccess {

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordAccess(UserRepository users, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.users = users;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The signed-in user, if there is one and OpenCSC knows them. */
    public Optional<SignedInUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return PerRequestAccess.remember("user:" + auth.getName(),
                () -> users.findByUsername(auth.getName()).map(UserRepository.StoredUser::user));
    }

    /**
     * Runs the rest of this thread (a command such as {@code bench search}) as {@code username}, within their access.
     *
     * @return the user, or empty when OpenCSC knows no such user
     */
    public Optional<SignedInUser> actAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_COMMAND"))));
        return currentUser();
    }

    public ReadScope currentScope() {
        return currentUser().map(u -> PerRequestAccess.remember("scope:" + u.username(), () -> scopeOf(u)))
                .orElse(ReadScope.nothing());
    }

    public boolean mayRead(RecordFacts record) {
        return currentScope().admits(record);
    }

    public boolean mayWrite(RecordFacts record) {
        return currentUser().map(u -> AccessPolicy.mayWrite(u, currentScope(), record)).orElse(false);
    }

    /** @throws NotPermittedException when the signed-in user may not read the record */
    public void checkRead(RecordFacts record) {
        if (!mayRead(record)) {
            refuse(record, "read");
        }
    }

    /** @throws NotPermittedException when the signed-in user may not change the record */
    public void checkWrite(RecordFacts record) {
        if (!mayWrite(record)) {
            refuse(record, "change");
        }
    }

    private void refuse(RecordFacts record, String what) {
        events.publishEvent(new AccessRefused(record.personId(), what));
        throw new NotPermittedException("You may not " + what + " this record");
    }

    private ReadScope scopeOf(SignedInUser user) {
        LocalDate today = LocalDate.now(clock);
        return AccessPolicy.readScope(user, users.teamsOfService(user.service()), users.liveGrants(user.username(), today), today);
    }
}
