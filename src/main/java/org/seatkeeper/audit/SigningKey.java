package org.seatkeeper.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The secret that signs log rows (HMAC-SHA256). It is kept outside the database on purpose: whoever can
 * write to the database, but cannot read this key, cannot make an altered row look untouched.
 */
@Component
class SigningKey {

    static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** Initialised once and only ever cloned: a lookup and key set-up per row cost a tenth of a seat request's audit work. */
    private final Mac prototype;

    @Autowired
    SigningKey(AuditSettings settings) {
        this(load(settings));
    }

    SigningKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException("The log signing key (seatkeeper.audit.signing-key) must be at least "
                    + MIN_BYTES + " bytes, Base64-encoded; it has " + secret.length + ".");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.prototype = freshMac();
    }

    /** The signature of a message, as 64 hexadecimal digits. */
    String sign(String message) {
        return HexFormat.of().formatHex(mac().doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** A Mac of its own for one signature: a Mac is not thread-safe, the prototype is never used itself. */
    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException notCloneable) {
            // a provider whose HMAC cannot be cloned: set one up each time, as before
            return freshMac();
        }
    }

    private Mac freshMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A value that tells whether two nodes sign with the same key, without revealing it. */
    String check() {
        return sign("seatkeeper log signing key check");
    }

    private static byte[] load(AuditSettings settings) {
        if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
            return decode(settings.signingKey().strip(), "seatkeeper.audit.signing-key");
        }
        Path file = settings.signingKeyFile();
        if (file == null) {
            throw new IllegalStateException("Set seatkeeper.audit.signing-key or seatkeeper.audit.signing-key-file.");
        }
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the log signing key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n");
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The log signing key in " + source + " is not Base64.", e);
        }
    }
}
