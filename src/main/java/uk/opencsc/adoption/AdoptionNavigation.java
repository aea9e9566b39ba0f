package uk.opencsc.adoption;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.List;

/** The adoption team's children and prospective adopters, in the navigation of adoption team members only. */
@Component
class AdoptionNavigation implements NavigationContributor {

    private final AdoptionAccess access;

    AdoptionNavigation(AdoptionAccess access) {
        this.access = access;
    }

    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        return access.mayReadAdopters() ? List.of(new NavigationLink("Adoption", "/adoption/children", 20),
                new NavigationLink("Adopters", "/adoption/adopters", 21)) : List.of();
    }
}
