package org.seatkeeper.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a sign-in attempt ended as it did, as the access log stores it: a stable code, not words
 * (docs/decisions/0029-log-codes-and-arguments.md). The sign-in paths still name their reason in the
 * short English of {@link org.seatkeeper.shared.SignInAttempt} ("bad password, locked for 2 min"); that
 * closed vocabulary is turned into codes here, once, when the row is written. A reason outside it is
 * stored as it came, like the rows written before the codes.
 */
enum AccessReason {
    SIGNED_IN("audit.reason.signed-in", "signed in", 0),
    SIGNED_OUT("audit.reason.signed-out", "signed out", 0),
    BAD_PASSWORD("audit.reason.bad-password", "bad password", 0),
    UNKNOWN_USER("audit.reason.unknown-user", "unknown user", 0),
    INVALID_USERNAME("audit.reason.invalid-username", "invalid username", 0),
    INACTIVE("audit.reason.inactive", "inactive", 0),
    EXPIRED("audit.reason.expired", "expired", 0),
    NO_LOGIN("audit.reason.no-login", "no login", 0),
    NO_SEAT("audit.reason.no-seat", "no seat", 0),
    ALREADY_SIGNED_IN("audit.reason.already-signed-in", "already signed in", 0),
    LOCKED("audit.reason.locked", "locked", 0),
    ADDRESS_PAUSED("audit.reason.address-paused", "address paused", 0),
    NOT_AN_APPLICATION("audit.reason.not-an-application", "not an application", 0),
    /** The failure that started a lock: its wait, "2 min". */
    LOCKED_FOR("audit.reason.locked-for", "locked for ", 1),
    ADDRESS_PAUSED_FOR("audit.reason.address-paused-for", "address paused for ", 1);

    private static final String PREFIX = "audit.reason.";
    private static final Pattern WAIT = Pattern.compile("(locked for |address paused for )(.+)");
    /** The reasons of one word group and no argument, found at once: every seat request and release has one. */
    private static final Map<String, LoggedCode> PLAIN = Arrays.stream(values())
            .filter(r -> r.arity == 0)
            .collect(Collectors.toUnmodifiableMap(r -> r.english, r -> new LoggedCode(r.code(), List.of())));

    final String key;
    private final String english;
    private final int arity;

    AccessReason(String key, String english, int arity) {
        this.key = key;
        this.english = english;
        this.arity = arity;
    }

    String code() {
        return key.substring(PREFIX.length());
    }

    /** A reason's codes, joined by "+", and their arguments; empty for words outside the vocabulary. */
    static Optional<LoggedCode> of(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        LoggedCode plain = PLAIN.get(reason);
        if (plain != null) {
            return Optional.of(plain);
        }
        List<String> codes = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (String part : reason.split(", ")) {
            Matcher wait = WAIT.matcher(part);
            Optional<AccessReason> found = wait.matches()
                    ? Arrays.stream(values())
                            .filter(r -> r.arity == 1 && r.english.equals(wait.group(1)))
                            .findFirst()
                    : Arrays.stream(values())
                            .filter(r -> r.arity == 0 && r.english.equals(part))
                            .findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            codes.add(found.get().code());
            if (wait.matches()) {
                args.add(wait.group(2));
            }
        }
        return Optional.of(new LoggedCode(String.join("+", codes), args));
    }

    static Optional<AccessReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    int arity() {
        return arity;
    }
}
