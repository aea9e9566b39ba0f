package uk.opencsc.platform.web;

import org.springframework.security.core.Authentication;

import java.util.Optional;

/**
 * A module's claim on the start page for some users: a worker or manager starts the day on their work tray rather
 * than a list of links. The first module to claim a user wins; nobody claimed sees the navigation as cards.
 */
public interface HomePage {

    /** @return the path to send this user to from {@code /}, or empty to leave them the cards */
    Optional<String> pathFor(Authentication signedIn);
}
