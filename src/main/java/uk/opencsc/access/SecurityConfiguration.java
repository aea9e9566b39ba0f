package uk.opencsc.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Sign-in, sessions and headers. Form sign-in against OpenCSC's users (the demo, and authorities
 * without single sign-on); OpenID Connect (Entra ID) when a client registration is configured — the
 * identity provider says who someone is, OpenCSC's own user table says what they may do.
 * Every route needs a signed-in user except the sign-in page and static assets.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc, UserRepository users,
                            Optional<Clock> clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/admin/**").hasAnyRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", false).failureUrl("/sign-in?error"))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.invalidSessionStrategy(SecurityConfiguration::timedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        if (oidc.getIfAvailable() != null) {
            OidcUserMappingService oidcUsers = new OidcUserMappingService(users, clock.orElse(Clock.systemDefaultZone()));
            http.oauth2Login(login -> login.loginPage("/sign-in").failureUrl("/sign-in?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
        }
        return http.build();
    }

    /**
     * A request on a session that has timed out goes to sign in, and a page being opened (a GET) is kept
     * as the saved request, so signing in again returns the worker to it: to their draft case note, say.
     */
    static void timedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("GET".equals(request.getMethod())) {
            new HttpSessionRequestCache().saveRequest(request, response);
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?timed-out");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Users signing in with a password; an expired inspector or a disabled account cannot sign in. */
    @Bean
    UserDetailsService userDetailsService(UserRepository users, Optional<Clock> clock) {
        return username -> {
            var stored = users.findByUsername(username)
                    .filter(u -> u.passwordHash() != null)
                    .orElseThrow(() -> new UsernameNotFoundException("No such user"));
            LocalDate today = LocalDate.now(clock.orElse(Clock.systemDefaultZone()));
            return User.withUsername(stored.user().username())
                    .password(stored.passwordHash())
                    .authorities(stored.user().role().authority())
                    .disabled(!stored.enabled())
                    .accountExpired(stored.user().expiredOn(today))
                    .build();
        };
    }
}
