package org.seatkeeper.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.PotCapacityChanged;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.TransactionTemplates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notes each named pot's consumption and capacity for the day: on every node periodically (the day's row
 * keeps the highest consumption seen, so nodes repeating it change nothing) and after every capacity
 * change. Consumption is computed from the users by the directory, never stored there, so it is read
 * rather than tracked by a trigger.
 */
@Component
class PotUsageRecorder {

    private final LicencePots pots;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PotUsageRecorder(
            LicencePots pots, CurrentUser currentUser, JdbcClient jdbc, Clock clock, TransactionTemplate transaction) {
        this.pots = pots;
        // a transaction of its own: after a commit the finished one's connection may still be bound
        this.transaction = TransactionTemplates.eachInOwnTransaction(transaction);
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "PT1M",
            fixedDelayString = "${seatkeeper.usage.pots-every:" + UsageSettings.POTS_EVERY + "}")
    void scheduled() {
        recordToday();
    }

    /** After the change committed, so its new capacity is what is read. */
    @TransactionalEventListener
    void on(PotCapacityChanged change) {
        recordToday();
    }

    /** Every named pot's figures now, into today's rows; returns how many pots. */
    int recordToday() {
        Integer recorded = transaction.execute(status -> record());
        return recorded == null ? 0 : recorded;
    }

    private int record() {
        // A timer has nobody signed in: read as the system, for a table only administrators read.
        List<PotUsage> named = currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        CurrentUser.SYSTEM, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))),
                pots::namedPots);
        LocalDate today = LocalDate.now(clock);
        for (PotUsage pot : named) {
            jdbc.sql("""
                            INSERT INTO pot_usage_day (pot_id, day, scope, pot_name, consumption, capacity)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON DUPLICATE KEY UPDATE consumption = GREATEST(consumption, VALUES(consumption)),
                                capacity = VALUES(capacity), pot_name = VALUES(pot_name)""")
                    .params(pot.potId(), today, pot.scope().name(), pot.label(), pot.inUse(), pot.capacity())
                    .update();
        }
        return named.size();
    }
}
