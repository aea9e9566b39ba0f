package uk.opencsc.access;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.List;

@Component
class AccessNavigation implements NavigationContributor {
    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        boolean grants = signedIn.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals(Role.HEAD_OF_SERVICE.authority()) || a.getAuthority().equals(Role.ADMINISTRATOR.authority()));
        boolean admin = signedIn.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMINISTRATOR.authority()));
        List<NavigationLink> links = new java.util.ArrayList<>();
        if (grants) links.add(new NavigationLink("Restricted records", "/access/restricted-records", 85));
        if (admin) links.add(new NavigationLink("Users", "/admin/users", 88));
        return links;
    }
}
