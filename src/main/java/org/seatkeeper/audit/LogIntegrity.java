package org.seatkeeper.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.seatkeeper.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Checks that the access and administration logs are as Seatkeeper wrote them: every entry carries its
 * own valid signature, and the chain runs without a gap from the first entry to the last one sealed.
 * Names the first entry found altered, added from outside, or next to missing ones.
 * See docs/decisions/0020-tamper-evident-logs.md.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class LogIntegrity {

    private static final Logger log = LoggerFactory.getLogger(LogIntegrity.class);
    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    private final JdbcClient jdbc;
    private final LogSealer sealer;
    private final SigningKey key;

    LogIntegrity(JdbcClient jdbc, LogSealer sealer, SigningKey key) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.key = key;
    }

    public List<LogCheck> checkAll() {
        return Arrays.stream(ChainedLog.values()).map(this::check).toList();
    }

    public LogCheck checkAccessLog() {
        return check(ChainedLog.ACCESS);
    }

    public LogCheck checkAdministrationLog() {
        return check(ChainedLog.ADMINISTRATION);
    }

    /**
     * Seals what was written since the last seal, then walks the whole chain: at least up to the head as
     * read first (anything short of it is missing), and past it, where a row sealed meanwhile must link
     * on like any other and a row placed there by hand does not.
     */
    LogCheck check(ChainedLog chained) {
        try {
            sealer.seal(chained);
        } catch (DataAccessException e) {
            // a row placed in the chain by hand can block sealing; the walk below names it
            log.warn("Could not seal the {} before checking it: {}", chained.label, e.getMessage());
        }
        LogSealer.Head head = jdbc.sql("SELECT last_seq, last_hash FROM log_chain WHERE log_name = ?")
                .param(chained.chainName)
                .query((rs, n) -> new LogSealer.Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
        Walk walk = new Walk(chained);
        while (walk.problem == null) {
            int read = jdbc.sql("SELECT id, chain_seq, chain_hash, row_mac, " + chained.signedColumns + " FROM "
                            + chained.table + " WHERE chain_seq > ? ORDER BY chain_seq LIMIT " + PAGE)
                    .param(walk.seq)
                    .query(rs -> {
                        int rows = 0;
                        while (rs.next() && walk.problem == null) {
                            walk.next(new Entry(
                                    rs.getLong("id"),
                                    rs.getLong("chain_seq"),
                                    rs.getString("chain_hash"),
                                    rs.getString("row_mac"),
                                    chained.message(rs),
                                    rs.getObject(chained.timeColumn, LocalDateTime.class),
                                    rs.getString(chained.whoColumn)));
                            rows++;
                        }
                        return rows;
                    });
            if (read == 0) {
                break;
            }
        }
        if (walk.problem == null && walk.seq < head.seq()) {
            long missing = head.seq() - walk.seq;
            walk.fail(
                    walk.lastId,
                    (missing == 1 ? "the last entry is missing" : "the last " + missing + " entries are missing")
                            + (walk.lastId == null ? "." : ", after " + walk.lastText + "."),
                    walk.last == null
                            ? new LogCheck.Finding("audit.integrity.last-missing", missing, null, null, null)
                            : walk.last.finding("audit.integrity.last-missing-after", missing));
        }
        return new LogCheck(chained.label, chained.chainName, walk.checked, walk.problemId, walk.problem, walk.finding);
    }

    private record Entry(
            long id, long seq, String chainHash, String rowMac, String message, LocalDateTime at, String who) {

        String describe() {
            String when = at == null
                    ? ""
                    : TIME.format(at.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault()));
            return "entry " + id + " (" + when + (who == null ? "" : ", " + who) + ")";
        }

        /** What was found at this entry, for the reader to read in their language, zone and format. */
        LogCheck.Finding finding(String key, long count) {
            return new LogCheck.Finding(key, count, id, at == null ? null : at.toInstant(ZoneOffset.UTC), who);
        }
    }

    /** The walk along one chain, stopping at the first problem. */
    private final class Walk {
        final ChainedLog chained;
        long seq;
        String hash = LogSeal.GENESIS;
        long checked;
        Long lastId;
        String lastText;
        Long problemId;
        String problem;
        LogCheck.Finding finding;
        Entry last;

        Walk(ChainedLog chained) {
            this.chained = chained;
        }

        void next(Entry entry) {
            if (entry.seq() != seq + 1) {
                long missing = entry.seq() - seq - 1;
                fail(
                        entry.id(),
                        (missing == 1 ? "1 entry is missing" : missing + " entries are missing") + " just before "
                                + entry.describe() + ".",
                        entry.finding("audit.integrity.missing-before", missing));
                return;
            }
            checked++;
            if (!key.sign(LogSeal.link(entry.seq(), hash, entry.id(), entry.rowMac()))
                    .equals(entry.chainHash())) {
                fail(
                        entry.id(),
                        entry.describe() + " has been moved or its signature replaced.",
                        entry.finding("audit.integrity.moved", 1));
            } else if (entry.rowMac() == null) {
                fail(
                        entry.id(),
                        entry.describe() + " was not written by Seatkeeper.",
                        entry.finding("audit.integrity.foreign", 1));
            } else if (!key.sign(entry.message()).equals(entry.rowMac())) {
                fail(
                        entry.id(),
                        entry.describe() + " was changed after it was written, or added from outside.",
                        entry.finding("audit.integrity.changed", 1));
            }
            seq = entry.seq();
            hash = entry.chainHash();
            lastId = entry.id();
            lastText = entry.describe();
            last = entry;
        }

        /** The finding in English for the API and the server's log, and as a key and figures for a reader. */
        void fail(Long id, String what, LogCheck.Finding found) {
            problemId = id;
            problem = Character.toUpperCase(what.charAt(0)) + what.substring(1);
            finding = found;
        }
    }
}
