package uk.opencsc.workforce;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.access.Role;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Component
class WorkforceNavigation implements NavigationContributor {

    private static final Set<Role> WAITING = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.PERFORMANCE_ANALYST,
            Role.INSPECTOR, Role.INDEPENDENT_REVIEWING_OFFICER);
    private static final Set<Role> WORKERS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.PERFORMANCE_ANALYST,
            Role.ADMINISTRATOR);
    private static final Set<Role> CASELOADS = CaseloadRecords.READERS;
    private static final Set<Role> SUPERVISION = SupervisionRecords.OVERSEERS;

    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        List<NavigationLink> links = new ArrayList<>();
        if (has(signedIn, WAITING)) links.add(new NavigationLink("Children waiting for a worker", "/workforce/waiting", 15));
        if (has(signedIn, CASELOADS)) links.add(new NavigationLink("Caseloads", "/workforce/caseloads", 16));
        if (has(signedIn, SUPERVISION)) links.add(new NavigationLink("Supervision", "/workforce/supervision", 17));
        if (has(signedIn, WORKERS)) links.add(new NavigationLink("Workers", "/workforce/workers", 18));
        return links;
    }

    private static boolean has(Authentication signedIn, Set<Role> roles) {
        return signedIn.getAuthorities().stream().anyMatch(a -> roles.stream().anyMatch(r -> r.authority().equals(a.getAuthority())));
    }
}
