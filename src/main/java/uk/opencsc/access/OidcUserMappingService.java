package uk.opencsc.access;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Single sign-on with OpenID Connect (Entra ID): the identity provider says who someone is; what
 * they may do comes from OpenCSC's own user table, matched on the {@code preferred_username} claim
 * (the user principal name in Entra ID). Someone the identity provider knows but OpenCSC does not,
 * or whose account is disabled or expired, is refused.
 */
class OidcUserMappingService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String USERNAME_CLAIM = "preferred_username";

    private final OidcUserService delegate = new OidcUserService();
    private final UserRepository users;
    private final Clock clock;

    OidcUserMappingService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = delegate.loadUser(request);
        String username = identity.getClaimAsString(USERNAME_CLAIM);
        if (username == null) {
            throw refused("The identity provider did not send a " + USERNAME_CLAIM + " claim");
        }
        var stored = users.findByUsername(username).orElseThrow(() -> refused("No OpenCSC account for " + username));
        if (!stored.enabled() || stored.user().expiredOn(LocalDate.now(clock))) {
            throw refused("The OpenCSC account for " + username + " is disabled or has expired");
        }
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(stored.user().role().authority())),
                identity.getIdToken(), identity.getUserInfo(), USERNAME_CLAIM);
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }
}
