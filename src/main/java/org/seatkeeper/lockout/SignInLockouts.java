package org.seatkeeper.lockout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.shared.AdministrativeChange;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.TransactionTemplates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins counted in the database, so that every node locks the same names and addresses
 * (docs/decisions/0018-brute-force-protection.md). The sign-in asks {@link #pauseFor} before the password
 * check and reports {@link #failed} or {@link #succeeded} after it, for known and unknown names alike: no
 * method security on those, as for the session settings the admission reads. Counting is one upsert per
 * row under the row's lock, then the lock decision inside the same transaction, so a burst of wrong
 * passwords on several nodes counts every one exactly once and starts each lock once.
 */
@Service
@Transactional(readOnly = true)
public class SignInLockouts {

    /** How the end of a lock reads in the administration log: the server's zone, worded as LogIntegrity words times. */
    /** ISO 8601 in UTC, as every date the logs store: each reader's page shows it in their own zone. */
    static final DateTimeFormatter UNTIL = DateTimeFormatter.ISO_INSTANT;

    static final int ATTEMPTS = 4;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final CurrentUser actor;
    private final Clock clock;

    SignInLockouts(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            CurrentUser actor,
            Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = TransactionTemplates.eachInOwnTransaction(transactions);
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    public LockoutSettings settings() {
        return jdbc.sql("SELECT account_failures, first_wait_seconds, longest_wait_seconds, forget_after_minutes,"
                        + " address_failures, address_window_minutes, address_wait_seconds, version"
                        + " FROM sign_in_protection WHERE id = 1")
                .query((rs, n) -> new LockoutSettings(
                        rs.getInt(1),
                        Duration.ofSeconds(rs.getInt(2)),
                        Duration.ofSeconds(rs.getInt(3)),
                        Duration.ofMinutes(rs.getInt(4)),
                        rs.getInt(5),
                        Duration.ofMinutes(rs.getInt(6)),
                        Duration.ofSeconds(rs.getInt(7)),
                        rs.getLong(8)))
                .single();
    }

    /**
     * The pause running now for this username or this address, the longer of the two; empty when the
     * password may be checked. Asked before every check, whether or not an account has the name.
     *
     * @param ip the client's address, or null when unknown (no address rule then)
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Pause> pauseFor(String username, String ip) {
        // One statement and no transaction of its own: asked before every password check, so every portal
        // sign-in and HTTP Basic call paid a read-only transaction of several round trips here
        // (docs/decisions/0008-seat-api-and-several-nodes.md, issue 13).
        Instant now = clock.instant();
        LocalDateTime at = DatabaseTime.parameter(now);
        Instant[] until = jdbc.sql("""
                        SELECT (SELECT locked_until FROM sign_in_account_failure
                                WHERE username = ? AND locked_until > ?) AS name_until,
                               (SELECT paused_until FROM sign_in_address_failure
                                WHERE ip = ? AND paused_until > ?) AS address_until""")
                .params(username, at, ip, at)
                .query((rs, n) ->
                        new Instant[] {DatabaseTime.instant(rs, "name_until"), DatabaseTime.instant(rs, "address_until")
                        })
                .single();
        Optional<Instant> name = Optional.ofNullable(until[0]);
        Optional<Instant> address = ip == null ? Optional.empty() : Optional.ofNullable(until[1]);
        if (address.isPresent() && (name.isEmpty() || !address.get().isBefore(name.get()))) {
            return Optional.of(new Pause(true, Duration.between(now, address.get())));
        }
        return name.map(lockedUntil -> new Pause(false, Duration.between(now, lockedUntil)));
    }

    /**
     * Counts a wrong password (or an unknown name) for the username and the address, in a transaction of
     * its own that commits even though the sign-in fails.
     *
     * @return the pause this very failure started, if it started one
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Pause> failed(String username, String ip) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> countFailure(username, ip));
            } catch (ConcurrencyFailureException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * The right password: the username's failures are forgotten (the address's are not). One autocommitted
     * statement, not a transaction of four round trips: on every successful sign-in it usually deletes nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_account_failure WHERE username = ?")
                .param(username)
                .update();
    }

    private Optional<Pause> countFailure(String username, String ip) {
        LockoutSettings settings = settings();
        Instant now = clock.instant();
        LocalDateTime at = DatabaseTime.parameter(now);
        // Each assignment reads only columns assigned after it, so the old values whatever the evaluation order.
        jdbc.sql("""
                        INSERT INTO sign_in_account_failure (username, failures, last_failure_at) VALUES (:name, 1, :now)
                        ON DUPLICATE KEY UPDATE
                            failures = IF(last_failure_at < :forget AND (locked_until IS NULL OR locked_until <= :now),
                                          1, failures + 1),
                            last_failure_at = :now""")
                .param("name", username)
                .param("now", at)
                .param("forget", DatabaseTime.parameter(now.minus(settings.forgetAfter())))
                .update();
        int failures = jdbc.sql("SELECT failures FROM sign_in_account_failure WHERE username = ? FOR UPDATE")
                .param(username)
                .query(Integer.class)
                .single();
        Optional<Pause> started = settings.lockAfter(failures).map(wait -> {
            jdbc.sql("UPDATE sign_in_account_failure SET locked_until = ? WHERE username = ?")
                    .params(DatabaseTime.parameter(now.plus(wait)), username)
                    .update();
            return new Pause(false, wait);
        });
        if (ip == null) {
            return started;
        }
        jdbc.sql("""
                        INSERT INTO sign_in_address_failure (ip, failures, window_start) VALUES (:ip, 1, :now)
                        ON DUPLICATE KEY UPDATE
                            failures = IF(window_start <= :windowStart, 1, failures + 1),
                            window_start = IF(window_start <= :windowStart, :now, window_start)""")
                .param("ip", ip)
                .param("now", at)
                .param("windowStart", DatabaseTime.parameter(now.minus(settings.addressWindow())))
                .update();
        int fromAddress = jdbc.sql("SELECT failures FROM sign_in_address_failure WHERE ip = ? FOR UPDATE")
                .param(ip)
                .query(Integer.class)
                .single();
        if (!settings.pausesAddress(fromAddress)) {
            return started;
        }
        // Paused, and counting starts afresh: after the pause the address has a whole window's failures again.
        jdbc.sql("UPDATE sign_in_address_failure SET paused_until = ?, failures = 0, window_start = ? WHERE ip = ?")
                .params(DatabaseTime.parameter(now.plus(settings.addressWait())), at, ip)
                .update();
        Pause address = new Pause(true, settings.addressWait());
        return Optional.of(started.filter(name -> name.remaining().compareTo(address.remaining()) > 0)
                .orElse(address));
    }

    /** The usernames and addresses locked now, the longest lock first. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<LockedSignIn> locked() {
        LocalDateTime now = DatabaseTime.parameter(clock.instant());
        return jdbc.sql("""
                        SELECT FALSE AS by_address, username AS name, locked_until AS until
                        FROM sign_in_account_failure WHERE locked_until > ?
                        UNION ALL
                        SELECT TRUE, ip, paused_until FROM sign_in_address_failure WHERE paused_until > ?
                        ORDER BY until DESC, name LIMIT 500""")
                .params(now, now)
                .query((rs, n) -> new LockedSignIn(
                        rs.getBoolean("by_address"), rs.getString("name"), DatabaseTime.instant(rs, "until")))
                .list();
    }

    /**
     * Ends a lock before its time and forgets the failures behind it; recorded in the administration log.
     *
     * @throws RefusedException when the lock had ended or been lifted meanwhile
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void unlock(LockedSignIn lock) {
        int deleted = lock.byAddress()
                ? jdbc.sql("DELETE FROM sign_in_address_failure WHERE ip = ? AND paused_until > ?")
                        .params(lock.name(), DatabaseTime.parameter(clock.instant()))
                        .update()
                : jdbc.sql("DELETE FROM sign_in_account_failure WHERE username = ? AND locked_until > ?")
                        .params(lock.name(), DatabaseTime.parameter(clock.instant()))
                        .update();
        String subject = (lock.byAddress() ? "address " : "username ") + lock.name();
        if (deleted == 0) {
            throw new RefusedException(
                    lock.byAddress()
                            ? LockoutRefusal.ADDRESS_NO_LONGER_LOCKED
                            : LockoutRefusal.USERNAME_NO_LONGER_LOCKED,
                    lock.name());
        }
        events.publishEvent(new AdministrativeChange(
                actor.name(),
                clock.instant(),
                "Sign-in unlocked",
                subject,
                "locked until " + UNTIL.format(lock.until().truncatedTo(ChronoUnit.SECONDS)) + " after failed sign-ins",
                "unlocked"));
    }

    /**
     * @throws LockoutSettingsRefusedException when a value is out of its range, naming the setting
     * @throws RefusedException                when someone else changed the settings since they were read
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public LockoutSettings change(LockoutSettings changed) {
        changed.refusals().values().stream().findFirst().ifPresent(problem -> {
            throw problem;
        });
        LockoutSettings before = settings();
        int updated = jdbc.sql("""
                        UPDATE sign_in_protection SET account_failures = ?, first_wait_seconds = ?,
                            longest_wait_seconds = ?, forget_after_minutes = ?, address_failures = ?,
                            address_window_minutes = ?, address_wait_seconds = ?, version = version + 1
                        WHERE id = 1 AND version = ?""")
                .params(
                        changed.accountFailures(),
                        changed.firstWait().toSeconds(),
                        changed.longestWait().toSeconds(),
                        changed.forgetAfter().toMinutes(),
                        changed.addressFailures(),
                        changed.addressWindow().toMinutes(),
                        changed.addressWait().toSeconds(),
                        changed.version())
                .update();
        if (updated != 1) {
            throw new RefusedException(LockoutRefusal.CHANGED_MEANWHILE);
        }
        LockoutSettings after = settings();
        events.publishEvent(new AdministrativeChange(
                actor.name(),
                clock.instant(),
                "Sign-in protection changed",
                "sign-in protection",
                before.describe(),
                after.describe()));
        return after;
    }
}
