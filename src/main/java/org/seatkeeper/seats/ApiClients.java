package org.seatkeeper.seats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators register connected applications, each with a token shown once, and revoke them. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class ApiClients {

    static final int NAME_MAX = 100;
    static final int DESCRIPTION_MAX = 500;

    private final ApiClientRepository clients;
    private final ApplicationEventPublisher events;
    private final CurrentUser actor;
    private final Clock clock;

    ApiClients(ApiClientRepository clients, ApplicationEventPublisher events, CurrentUser actor, Clock clock) {
        this.clients = clients;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** Every registered application, by name, revoked ones included. */
    public List<ApiClientRow> list() {
        Instant now = clock.instant();
        return clients.findAllByOrderByNameAsc().stream()
                .map(client -> client.toRow(now))
                .toList();
    }

    /**
     * The database keeps the expiry as DATETIME(3) in UTC, which ends at 9999-12-31 23:59:59.999; a token's
     * last day must end (at midnight, in any zone) before that, or the stored expiry would be wrong.
     */
    public static final LocalDate LAST_VALID_DAY = LocalDate.of(9999, 12, 30);

    /**
     * Registers a connected application and returns its token, which is not stored and cannot be shown
     * again.
     *
     * @param validUntil the last day the token is accepted, or null for no end
     * @throws RefusedException for a blank, too long or taken name, a too long description, or a
     *                          validity that has already ended or ends after {@link #LAST_VALID_DAY}
     */
    @Transactional
    public RegisteredClient register(String name, String description, LocalDate validUntil) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new RefusedException(ApiClientRefusal.NAME_MISSING);
        }
        if (cleanName.length() > NAME_MAX) {
            throw new RefusedException(ApiClientRefusal.NAME_TOO_LONG, cleanName.length(), NAME_MAX);
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > DESCRIPTION_MAX) {
            throw new RefusedException(
                    ApiClientRefusal.DESCRIPTION_TOO_LONG, cleanDescription.length(), DESCRIPTION_MAX);
        }
        LocalDate today = LocalDate.now(clock);
        if (validUntil != null && validUntil.isBefore(today)) {
            throw new RefusedException(ApiClientRefusal.VALID_UNTIL_PASSED, validUntil);
        }
        if (validUntil != null && validUntil.isAfter(LAST_VALID_DAY)) {
            throw new RefusedException(ApiClientRefusal.VALID_UNTIL_TOO_LATE, LAST_VALID_DAY, validUntil);
        }
        if (clients.existsByNameIgnoreCase(cleanName)) {
            throw new RefusedException(ApiClientRefusal.NAME_TAKEN, cleanName);
        }
        Instant now = clock.instant();
        Instant expiresAt = validUntil == null
                ? null
                : validUntil.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        ApiToken token = ApiToken.generate();
        ApiClient client =
                clients.saveAndFlush(new ApiClient(cleanName, cleanDescription, token, expiresAt, actor.name(), now));
        events.publishEvent(new AdministrativeChange(
                actor.name(),
                now,
                "API client registered",
                "API client " + cleanName,
                null,
                "token " + token.hint() + (validUntil == null ? "" : ", valid until " + validUntil)));
        return new RegisteredClient(client.id(), cleanName, token.value());
    }

    /**
     * Revokes an application's token: its calls get 401 from now on. Seats it holds stay until it
     * releases them, an administrator closes them, or their lease runs out.
     *
     * @throws RefusedException when there is no such application or it was already revoked
     */
    @Transactional
    public void revoke(long id) {
        ApiClient client = clients.findById(id)
                .orElseThrow(() -> new RefusedException(ApiClientRefusal.UNKNOWN, String.valueOf(id)));
        Instant now = clock.instant();
        client.revoke(actor.name(), now);
        events.publishEvent(new ApiClientRevoked(id, now));
        events.publishEvent(new AdministrativeChange(
                actor.name(),
                now,
                "API client revoked",
                "API client " + client.name(),
                "token accepted",
                "token revoked"));
    }
}
