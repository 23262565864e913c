package org.seatkeeper.seats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A client token: "skt_" and 43 characters of base64url carrying 256 random bits. Stored as its
 * SHA-256 only: with that much entropy a fast hash is enough (nobody can guess or brute-force the
 * token from the hash), and it keeps every API call free of a slow password hash.
 */
record ApiToken(String value) {

    static final String PREFIX = "skt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    static ApiToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ApiToken(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    String hash() {
        return hashOf(value);
    }

    /** The first characters, shown to administrators to tell tokens apart. */
    String hint() {
        return value.substring(0, Math.min(value.length(), PREFIX.length() + 6)) + "…";
    }

    static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
