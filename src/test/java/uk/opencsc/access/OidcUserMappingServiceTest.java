package uk.opencsc.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OidcUserMappingServiceTest {

    @Autowired TestData data;
    @Autowired UserRepository users;

    static OidcUserRequest signInAs(String preferredUsername) {
        ClientRegistration entra = ClientRegistration.withRegistrationId("entra")
                .clientId("opencsc").clientSecret("secret").clientName("Microsoft")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri("https://login.example/authorize").tokenUri("https://login.example/token")
                .jwkSetUri("https://login.example/keys")
                .userNameAttributeName("sub")
                .build();
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("token", now, now.plusSeconds(300),
                Map.of("sub", "abc-123", "preferred_username", preferredUsername, "iss", "https://login.example"));
        return new OidcUserRequest(entra, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300)), idToken);
    }

    @Test
    void a_single_sign_on_user_gets_the_role_opencsc_holds_for_them() {
        String username = data.aUser(Role.TEAM_MANAGER, data.aTeam("Front door and assessment"), null);
        var user = new OidcUserMappingService(users, Clock.systemDefaultZone()).loadUser(signInAs(username));
        assertThat(user.getName()).isEqualTo(username);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TEAM_MANAGER");
    }

    @Test
    void someone_the_identity_provider_knows_but_opencsc_does_not_is_refused() {
        assertThatThrownBy(() -> new OidcUserMappingService(users, Clock.systemDefaultZone()).loadUser(signInAs("stranger@council.gov.uk")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
