package uk.opencsc.access;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A user of OpenCSC as access decisions see them.
 *
 * @param teamId          the user's team, or null (heads of service, analysts, inspectors, administrators)
 * @param service         the service the user works in (a head of service reads all its teams)
 * @param accessExpiresOn the last day the account may be used, or null for no expiry
 */
public record SignedInUser(UUID id, String username, String displayName, Role role, UUID teamId, String service,
                           LocalDate accessExpiresOn) {

    public SignedInUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** True once the day after {@code accessExpiresOn} has begun. */
    public boolean expiredOn(LocalDate today) {
        return accessExpiresOn != null && today.isAfter(accessExpiresOn);
    }
}
