package org.seatkeeper.audit;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts newly written log rows into their log's hash chain, in the order of their ids, a batch at a
 * time. The chain's head row is locked for each batch, so on several nodes one seals while the
 * others wait and then find nothing left. Writing a row never waits for this: the admission path
 * keeps its round trips, and a row committed late (a lower id after a higher one) is simply chained
 * later. See docs/decisions/0020-tamper-evident-logs.md.
 */
@Component
class LogSealer {

    private static final Logger log = LoggerFactory.getLogger(LogSealer.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SigningKey key;

    LogSealer(JdbcClient jdbc, TransactionTemplate transaction, SigningKey key) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.key = key;
    }

    /** The chain's head: its last place and that place's hash. */
    record Head(long seq, String hash) {}

    private record Unsealed(long id, String rowMac) {}

    @Scheduled(
            initialDelayString = "PT10S",
            fixedDelayString = "${seatkeeper.audit.seal-every:" + AuditSettings.SEAL_EVERY + "}")
    void scheduled() {
        for (ChainedLog chained : ChainedLog.values()) {
            seal(chained);
        }
    }

    /** Chains every committed row not chained yet; the number chained. */
    int seal(ChainedLog chained) {
        int total = 0;
        int batch;
        do {
            Integer sealed = transaction.execute(status -> sealBatch(chained));
            batch = sealed == null ? 0 : sealed;
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int sealBatch(ChainedLog chained) {
        Head head = lockHead(chained);
        List<Unsealed> rows = jdbc.sql("SELECT id, row_mac FROM " + chained.table
                        + " WHERE chain_seq IS NULL ORDER BY id LIMIT " + BATCH)
                .query((rs, n) -> new Unsealed(rs.getLong("id"), rs.getString("row_mac")))
                .list();
        long seq = head.seq();
        String hash = head.hash();
        for (Unsealed row : rows) {
            seq++;
            hash = key.sign(LogSeal.link(seq, hash, row.id(), row.rowMac()));
            jdbc.sql("UPDATE " + chained.table + " SET chain_seq = ?, chain_hash = ? WHERE id = ?")
                    .params(seq, hash, row.id())
                    .update();
        }
        if (!rows.isEmpty()) {
            jdbc.sql("UPDATE log_chain SET last_seq = ?, last_hash = ? WHERE log_name = ?")
                    .params(seq, hash, chained.chainName)
                    .update();
        }
        return rows.size();
    }

    private Head lockHead(ChainedLog chained) {
        return jdbc.sql("SELECT last_seq, last_hash FROM log_chain WHERE log_name = ? FOR UPDATE")
                .param(chained.chainName)
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
    }

    /**
     * At start: refuses a key other than the one the logs were signed with (nodes with different keys
     * would make every other row look forged), then signs, once ever, the rows written before logs
     * were signed, and chains them.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        for (ChainedLog chained : ChainedLog.values()) {
            transaction.executeWithoutResult(status -> {
                checkKey(chained);
                signRowsWrittenBeforeSigning(chained);
            });
            seal(chained);
        }
    }

    private void checkKey(ChainedLog chained) {
        String check = key.check();
        jdbc.sql("UPDATE log_chain SET key_check = ? WHERE log_name = ? AND key_check IS NULL")
                .params(check, chained.chainName)
                .update();
        String kept = jdbc.sql("SELECT key_check FROM log_chain WHERE log_name = ?")
                .param(chained.chainName)
                .query(String.class)
                .single();
        if (!check.equals(kept)) {
            throw new IllegalStateException("This node's log signing key differs from the one the " + chained.label
                    + " was signed with. Give every node the same seatkeeper.audit.signing-key "
                    + "(SEATKEEPER_LOG_KEY) or the same key file.");
        }
    }

    private void signRowsWrittenBeforeSigning(ChainedLog chained) {
        Boolean done = jdbc.sql("SELECT legacy_signed FROM log_chain WHERE log_name = ? FOR UPDATE")
                .param(chained.chainName)
                .query(Boolean.class)
                .single();
        if (Boolean.TRUE.equals(done)) {
            return;
        }
        int signed = jdbc.sql("SELECT id, " + chained.signedColumns + " FROM " + chained.table
                        + " WHERE row_mac IS NULL AND chain_seq IS NULL ORDER BY id")
                .query(rs -> {
                    int count = 0;
                    while (rs.next()) {
                        jdbc.sql("UPDATE " + chained.table + " SET row_mac = ? WHERE id = ?")
                                .params(key.sign(chained.message(rs)), rs.getLong("id"))
                                .update();
                        count++;
                    }
                    return count;
                });
        jdbc.sql("UPDATE log_chain SET legacy_signed = TRUE WHERE log_name = ?")
                .param(chained.chainName)
                .update();
        if (signed > 0) {
            log.info("Signed {} rows of the {} written before logs were signed", signed, chained.label);
        }
    }
}
