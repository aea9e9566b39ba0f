package uk.opencsc.people;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.access.Role;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.Arrays;
import java.util.List;

/** "Find a child" for everyone whose role reads children's records. */
@Component
class PeopleNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        boolean reads = signedIn.getAuthorities().stream().anyMatch(a -> Arrays.stream(Role.values())
                .anyMatch(role -> role.readsRecords() && role.authority().equals(a.getAuthority())));
        return reads ? List.of(new NavigationLink("Find a child", "/children", 10)) : List.of();
    }
}
