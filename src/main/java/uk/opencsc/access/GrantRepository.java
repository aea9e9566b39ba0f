package uk.opencsc.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Repository
class GrantRepository {

    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Grant(UUID id, UUID personId, String username, String reason, String grantedBy, Instant grantedAt, LocalDate expiresOn) {
    }

    List<Grant> live() {
        return jdbc.sql("""
                        select id, person_id, username, reason, granted_by, granted_at, expires_on from restricted_record_grant
                        where revoked_at is null and (expires_on is null or expires_on >= current_date)
                        order by granted_at desc""")
                .query(Grant.class).list();
    }

    boolean userExists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class).single() > 0;
    }
}
