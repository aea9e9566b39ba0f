package uk.opencsc.workforce;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.access.Role;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The workforce census and the teams' funded posts in the navigation, for those who may see them. */
@Component
class CensusNavigation implements NavigationContributor {

    private static final Set<Role> ESTABLISHMENT = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR);

    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        List<NavigationLink> links = new ArrayList<>();
        if (has(signedIn, ESTABLISHMENT)) links.add(new NavigationLink("Funded posts", "/workforce/establishment", 17));
        if (has(signedIn, WorkforceCensusExport.EXPORTERS)) links.add(new NavigationLink("Workforce census", "/workforce/census", 18));
        return links;
    }

    private static boolean has(Authentication signedIn, Set<Role> roles) {
        return signedIn.getAuthorities().stream().anyMatch(a -> roles.stream().anyMatch(r -> r.authority().equals(a.getAuthority())));
    }
}
