package uk.opencsc.returns;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

@Component
class ReturnsNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        boolean analyst = signedIn.getAuthorities().stream()
                .anyMatch(a -> CinCensusRuns.ANALYSTS.stream().anyMatch(r -> r.authority().equals(a.getAuthority())));
        return analyst ? List.of(new NavigationLink("CIN census", "/returns/cin", 30)) : List.of();
    }
}
