package uk.opencsc.platform.web;

import org.springframework.security.core.Authentication;

import java.util.List;

/** A module's links in the service navigation, given who is signed in (so nobody sees a link they may not follow). */
public interface NavigationContributor {
    List<NavigationLink> links(Authentication signedIn);
}
