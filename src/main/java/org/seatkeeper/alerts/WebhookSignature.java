package org.seatkeeper.alerts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook body: header {@value #HEADER} with value {@code sha256=} followed by the
 * lower-case hex HMAC-SHA256 of the exact body bytes, keyed with the secret's UTF-8 bytes. A receiver
 * computes the same over the bytes it received and compares in constant time (README "Usage alerts").
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Seatkeeper-Signature";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {}

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** What a receiver does: true when the header matches the body and the secret. */
    public static boolean verify(String secret, byte[] body, String header) {
        return header != null
                && MessageDigest.isEqual(
                        sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                        header.getBytes(StandardCharsets.US_ASCII));
    }
}
