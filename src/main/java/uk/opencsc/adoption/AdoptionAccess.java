package uk.opencsc.adoption;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.RecordFacts;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.audit.AccessRefused;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.workforce.TeamKind;
import uk.opencsc.workforce.TeamKinds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AdoptionRecordPolicy} applied to the signed-in user. A refusal is published as {@link AccessRefused} so the
 * audit log records the attempt, and answered 403 like any record outside a user's access. Public so that the child's
 * record page can ask {@link #mayRead(UUID)} before showing the link (people cannot depend on this module).
 */
@Service
public class AdoptionAccess {

    private final RecordAccess access;
    private final TeamKinds teamKinds;
    private final PersonLookup persons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdoptionAccess(RecordAccess access, TeamKinds teamKinds, PersonLookup persons, ApplicationEventPublisher events,
                   Optional<Clock> clock) {
        this.access = access;
        this.teamKinds = teamKinds;
        this.persons = persons;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Whether the signed-in user may read the child's adoption and permanence record (false for no such child). */
    public boolean mayRead(UUID personId) {
        return persons.find(personId).map(p -> mayRead(p.facts())).orElse(false);
    }

    boolean mayRead(RecordFacts child) {
        return user().map(u -> AdoptionRecordPolicy.mayRead(u.role(), inAdoptionTeam(u), holdsGrant(child), child.restricted()))
                .orElse(false);
    }

    /** As {@link #mayRead(RecordFacts)} for many children: the user's team and grants are looked up once. */
    java.util.function.Predicate<RecordFacts> readable() {
        Optional<SignedInUser> user = user();
        if (user.isEmpty()) {
            return child -> false;
        }
        boolean adoptionTeam = inAdoptionTeam(user.get());
        java.util.Set<UUID> grants = access.currentScope().grantedRestricted();
        return child -> AdoptionRecordPolicy.mayRead(user.get().role(), adoptionTeam, grants.contains(child.personId()), child.restricted());
    }

    boolean mayWrite(RecordFacts child) {
        return user().map(u -> AdoptionRecordPolicy.mayWrite(u.role(), inAdoptionTeam(u), holdsGrant(child), child.restricted()))
                .orElse(false);
    }

    /** @throws NotPermittedException when the user may not read the child's adoption record (audited) */
    void checkRead(RecordFacts child) {
        if (!mayRead(child)) {
            refuse(child.personId(), "read the adoption record");
        }
    }

    /** @throws NotPermittedException when the user may not change the child's adoption record (audited) */
    void checkWrite(RecordFacts child) {
        if (!mayWrite(child)) {
            refuse(child.personId(), "change the adoption record");
        }
    }

    boolean mayChangeAdopters() {
        return user().map(u -> AdoptionRecordPolicy.mayChangeAdopters(u.role(), inAdoptionTeam(u))).orElse(false);
    }

    boolean mayReadAdopters() {
        return user().map(u -> AdoptionRecordPolicy.mayReadAdopters(u.role(), inAdoptionTeam(u))).orElse(false);
    }

    /**
     * Whether the signed-in user is a member of an adoption team in a role that reads records: what the policy lets
     * them read without a grant (every unrestricted child's adoption record, and the prospective adopters), for a
     * report over many children, such as Ofsted's Annex A lists 10 and 11, that adds the user's grants itself.
     */
    public boolean readsAsAdoptionTeam() {
        return mayReadAdopters();
    }

    /** @throws NotPermittedException when the user is not in an adoption team (audited) */
    void checkReadAdopters() {
        if (!mayReadAdopters()) {
            refuse(null, "read the prospective adopters");
        }
    }

    /** @throws NotPermittedException when the user may not change prospective adopters' records (audited) */
    void checkChangeAdopters() {
        if (!mayChangeAdopters()) {
            refuse(null, "change the prospective adopters");
        }
    }

    private Optional<SignedInUser> user() {
        return access.currentUser().filter(u -> !u.expiredOn(LocalDate.now(clock)));
    }

    private boolean inAdoptionTeam(SignedInUser user) {
        return teamKinds.kindOf(user.teamId()).filter(k -> k == TeamKind.ADOPTION).isPresent();
    }

    private boolean holdsGrant(RecordFacts child) {
        return access.currentScope().grantedRestricted().contains(child.personId());
    }

    private void refuse(UUID personId, String what) {
        events.publishEvent(new AccessRefused(personId, what));
        throw new NotPermittedException("You may not " + what);
    }
}
