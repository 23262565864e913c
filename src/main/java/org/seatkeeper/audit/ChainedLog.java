package org.seatkeeper.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** The two logs that are signed and chained, and what of each row is signed. */
enum ChainedLog {
    ACCESS(
            "access",
            "access log",
            "access_log",
            "attempted_at",
            "username",
            "attempted_at, username, ip, success, reason, browser, client, reason_code, reason_args") {
        @Override
        String message(ResultSet rs) throws SQLException {
            return access(
                    rs.getObject("attempted_at", LocalDateTime.class),
                    rs.getString("username"),
                    rs.getString("ip"),
                    rs.getBoolean("success"),
                    rs.getString("reason"),
                    rs.getString("browser"),
                    rs.getString("client"),
                    rs.getString("reason_code"),
                    rs.getString("reason_args"));
        }
    },
    ADMINISTRATION(
            "administration",
            "administration log",
            "admin_change_log",
            "changed_at",
            "actor",
            "changed_at, actor, what, subject, before_state, after_state, reason, what_code, what_args") {
        @Override
        String message(ResultSet rs) throws SQLException {
            return administration(
                    rs.getObject("changed_at", LocalDateTime.class),
                    rs.getString("actor"),
                    rs.getString("what"),
                    rs.getString("subject"),
                    rs.getString("before_state"),
                    rs.getString("after_state"),
                    rs.getString("reason"),
                    rs.getString("what_code"),
                    rs.getString("what_args"));
        }
    };

    final String chainName;
    final String label;
    final String table;
    final String timeColumn;
    final String whoColumn;
    final String signedColumns;

    ChainedLog(
            String chainName, String label, String table, String timeColumn, String whoColumn, String signedColumns) {
        this.chainName = chainName;
        this.label = label;
        this.table = table;
        this.timeColumn = timeColumn;
        this.whoColumn = whoColumn;
        this.signedColumns = signedColumns;
    }

    /** The signed text of a row as read back from the table. */
    abstract String message(ResultSet rs) throws SQLException;

    static String access(
            LocalDateTime at,
            String username,
            String ip,
            boolean success,
            String reason,
            String browser,
            String client,
            String reasonCode,
            String reasonArgs) {
        return coded(
                LogSeal.of("access")
                        .add(at)
                        .add(username)
                        .add(ip)
                        .add(success)
                        .add(reason)
                        .add(browser)
                        .add(client),
                reasonCode,
                reasonArgs);
    }

    static String administration(
            LocalDateTime at,
            String actor,
            String what,
            String subject,
            String before,
            String after,
            String reason,
            String whatCode,
            String whatArgs) {
        return coded(
                LogSeal.of("administration")
                        .add(at)
                        .add(actor)
                        .add(what)
                        .add(subject)
                        .add(before)
                        .add(after)
                        .add(reason),
                whatCode,
                whatArgs);
    }

    /**
     * The code and its arguments are signed after the older fields, and only when the row has them: a row
     * written before the codes is signed as it always was, and a coded row can never read as an older one,
     * as its text has two fields more (docs/decisions/0029-log-codes-and-arguments.md).
     */
    private static String coded(LogSeal seal, String code, String args) {
        return code == null && args == null
                ? seal.text()
                : seal.add(code).add(args).text();
    }
}
