package org.seatkeeper.sessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One change to the seat pools as a stored procedure: MariaDB parses a compound statement at every
 * execution, every branch of it, but a procedure once per connection, and the take and the release run on
 * every admission (docs/decisions/0015-usage-history.md, 0008-seat-api-and-several-nodes.md). The name ends
 * in a hash of the procedure's text, so two versions of the application on one database (a rolling
 * upgrade) each call their own, and creating one that exists already changes nothing.
 *
 * @param name       the procedure's name, hash included
 * @param parameters the parameter list, as in its CREATE PROCEDURE
 * @param body       the procedure's body, a BEGIN ... END block
 */
record SeatProcedure(String name, String parameters, String body) {

    static SeatProcedure of(String prefix, String parameters, String body) {
        return new SeatProcedure(prefix + "_" + hash(parameters + "\n" + body), parameters, body);
    }

    /** Creates the procedure unless it exists: safe on several nodes starting at once. */
    String create() {
        return "CREATE PROCEDURE IF NOT EXISTS " + name + "(" + parameters + ")\n" + body;
    }

    /** The CALL with one placeholder per parameter. */
    String call() {
        int count = parameters.isBlank() ? 0 : parameters.split(",").length;
        return IntStream.range(0, count)
                .mapToObj(i -> "?")
                .collect(Collectors.joining(", ", "CALL " + name + "(", ")"));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
