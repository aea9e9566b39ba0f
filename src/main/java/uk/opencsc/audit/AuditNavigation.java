package uk.opencsc.audit;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.List;

@Component
class AuditNavigation implements NavigationContributor {
    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        boolean admin = signedIn.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR"));
        return admin ? List.of(new NavigationLink("Audit log", "/admin/audit", 90)) : List.of();
    }
}
