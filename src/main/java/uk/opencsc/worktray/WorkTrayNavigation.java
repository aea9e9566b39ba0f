package uk.opencsc.worktray;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.access.Role;
import uk.opencsc.platform.web.HomePage;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Work tray" for the roles that hold or manage work (workers, team managers and heads of service), and their start
 * page: the day starts with what is due.
 */
@Component
class WorkTrayNavigation implements NavigationContributor, HomePage {

    static final Set<Role> HOLD_WORK = EnumSet.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER,
            Role.HEAD_OF_SERVICE);

    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        return holdsWork(signedIn) ? List.of(new NavigationLink("Work tray", "/tray", 5)) : List.of();
    }

    @Override
    public Optional<String> pathFor(Authentication signedIn) {
        return holdsWork(signedIn) ? Optional.of("/tray") : Optional.empty();
    }

    private static boolean holdsWork(Authentication signedIn) {
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(a -> HOLD_WORK.stream().anyMatch(r -> r.authority().equals(a.getAuthority())));
    }
}
