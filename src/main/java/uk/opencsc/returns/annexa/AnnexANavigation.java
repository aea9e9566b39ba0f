package uk.opencsc.returns.annexa;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.List;

/** Ofsted's Annex A lists in the navigation, for those who may see them. */
@Component
class AnnexANavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        boolean reader = signedIn.getAuthorities().stream()
                .anyMatch(a -> AnnexAExport.READERS.stream().anyMatch(r -> r.authority().equals(a.getAuthority())));
        return reader ? List.of(new NavigationLink("Annex A", "/returns/annex-a", 19)) : List.of();
    }
}
