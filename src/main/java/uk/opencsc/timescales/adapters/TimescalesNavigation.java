package uk.opencsc.timescales.adapters;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.opencsc.platform.web.NavigationContributor;
import uk.opencsc.platform.web.NavigationLink;

import java.util.List;

/** Every signed-in user may read the timescales and their sources; only administrators change them. */
@Component
class TimescalesNavigation implements NavigationContributor {
    @Override
    public List<NavigationLink> links(Authentication signedIn) {
        return List.of(new NavigationLink("Timescales", "/timescales", 80));
    }
}
