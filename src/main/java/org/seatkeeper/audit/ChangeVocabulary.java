package org.seatkeeper.audit;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The English words the modules write into an administrative change's subject ("user jdoe (Jane Doe)")
 * and its records before and after ("position: Nurse 1"), each with its bundle key, so that a reader
 * reads the kinds, field names and fixed values in their own language, in new and old rows alike. The
 * names and figures around them (usernames, people's names, pots, dates) are the customer's data and
 * stay as written. Read when the row is shown, not when it is written: see
 * docs/decisions/0029-log-codes-and-arguments.md. A word is never removed from here once published,
 * as old rows still say it.
 */
final class ChangeVocabulary {

    private ChangeVocabulary() {}

    /** What a change was made to; the groups are the names in it, put into the sentence as they are. */
    enum Subject {
        USER("user (.+)", "audit.subject.user"),
        SESSION_SETTINGS("session settings", "audit.subject.session-settings"),
        SESSION("session (\\S+) of (.+)", "audit.subject.session"),
        PROFILE("profile (.+)", "audit.subject.profile"),
        POSITION("position (.+)", "audit.subject.position"),
        BUSINESS_AREA("business area (.+)", "audit.subject.business-area"),
        MODULE("module (.+)", "audit.subject.module"),
        LICENCE_TYPE("licence type (.+)", "audit.subject.licence-type"),
        // the directory names its pots in English words around the licence type's name
        POT_ACTIVE_USERS("pot Active users", "audit.subject.pot-active-users"),
        POT_LICENCES("pot (.+) licences", "audit.subject.pot-licences"),
        POT("pot (.+)", "audit.subject.pot"),
        // a concurrent pool is named by a fixed English word, read like the user's concurrent seats
        POOL("pool (.+)", "audit.subject.pool", Field.CONCURRENT_SEATS),
        ADMINISTRATOR_ACCOUNTS("administrator accounts", "audit.subject.administrator-accounts"),
        API_CLIENT("API client (.+)", "audit.subject.api-client"),
        ALERT_RULES("alert rules of (.+)", "audit.subject.alert-rules", Field.CONCURRENT_SEATS),
        ALERT_DESTINATIONS("alert destinations", "audit.subject.alert-destinations"),
        SIGN_IN_PROTECTION("sign-in protection", "audit.subject.sign-in-protection"),
        ADDRESS("address (.+)", "audit.subject.address"),
        USERNAME("username (.+)", "audit.subject.username");

        final Pattern english;
        final String key;
        /** Whose fixed words the name is written in, or null when the name is the customer's own. */
        final Field namedLike;

        Subject(String english, String key) {
            this(english, key, null);
        }

        Subject(String english, String key, Field namedLike) {
            this.english = Pattern.compile(english);
            this.key = key;
            this.namedLike = namedLike;
        }

        /** How a subject of this kind begins as stored: "user ", "session settings". */
        String storedBeginning() {
            String english = this.english.pattern();
            int name = english.indexOf('(');
            return name < 0 ? english : english.substring(0, name);
        }

        static Optional<Subject> of(String subject) {
            return Arrays.stream(values())
                    .filter(s -> s.english.matcher(subject).matches())
                    .findFirst();
        }
    }

    /** A field of a record, written "field: value". */
    enum Field {
        NAME("name", "audit.field.name"),
        USERNAME("username", "audit.field.username"),
        PASSWORD("password", "audit.field.password"),
        EMAIL("email", "audit.field.email"),
        ROLE("role", "audit.field.role"),
        PROFILE("profile", "audit.field.profile"),
        BUSINESS_AREA("business area", "audit.field.business-area"),
        POSITION("position", "audit.field.position"),
        CONCURRENT_SEATS("concurrent seats", "audit.field.concurrent-seats"),
        STATUS("status", "audit.field.status"),
        VALID_UNTIL("valid until", "audit.field.valid-until"),
        LICENCE_TYPE("licence type", "audit.field.licence-type"),
        MODULES("modules", "audit.field.modules"),
        WEBHOOK("webhook", "audit.field.webhook"),
        WEBHOOK_SECRET("webhook secret", "audit.field.webhook-secret"),
        EMAIL_RECIPIENTS("email recipients", "audit.field.email-recipients"),
        HIGH_USE_ALERT("high use alert", "audit.field.high-use-alert"),
        SHARE_OF_CAPACITY("share of capacity", "audit.field.share-of-capacity"),
        FOR("for", "audit.field.for"),
        REFUSAL_ALERT("refusal alert", "audit.field.refusal-alert");

        final String english;
        final String key;

        Field(String english, String key) {
            this.english = english;
            this.key = key;
        }

        static Optional<Field> of(String english) {
            return Arrays.stream(values())
                    .filter(f -> f.english.equals(english))
                    .findFirst();
        }
    }

    /**
     * A fixed value, or a phrase with figures in it (the groups, kept as written). A value of one field
     * only ("User" as a role) is read so only in that field, so a profile named "Support" stays a name.
     */
    enum Value {
        NONE("none", "audit.value.none"),
        SET("set", "audit.value.set", Field.PASSWORD, Field.WEBHOOK_SECRET),
        REPLACED("replaced", "audit.value.replaced", Field.WEBHOOK_SECRET),
        ON("on", "audit.value.on", Field.HIGH_USE_ALERT, Field.REFUSAL_ALERT),
        OFF("off", "audit.value.off", Field.HIGH_USE_ALERT, Field.REFUSAL_ALERT),
        ROLE_USER("User", "audit.value.role-user", Field.ROLE),
        ROLE_ADMINISTRATOR("Administrator", "audit.value.role-administrator", Field.ROLE),
        ROLE_SUPPORT("Support", "audit.value.role-support", Field.ROLE),
        FULL_ACCESS("Full-access", "audit.value.full-access", Field.CONCURRENT_SEATS),
        VIEW_ONLY("View-only", "audit.value.view-only", Field.CONCURRENT_SEATS),
        RESERVED("Reserved", "audit.value.reserved", Field.CONCURRENT_SEATS),
        ACTIVE("active", "audit.value.active"),
        INACTIVE("inactive", "audit.value.inactive"),
        DELETED("deleted", "audit.value.deleted"),
        NO_END_DATE("no end date", "audit.value.no-end-date"),
        ENABLED("enabled", "audit.value.enabled"),
        DISABLED("disabled", "audit.value.disabled"),
        // passwords: the secret itself is never written
        HAS_A_PASSWORD("has a password", "audit.value.has-a-password"),
        NO_PASSWORD("no password", "audit.value.no-password"),
        HAS_A_NEW_PASSWORD("has a new password", "audit.value.has-a-new-password"),
        OLD_PASSWORD("old password", "audit.value.old-password"),
        NEW_PASSWORD("new password", "audit.value.new-password"),
        // setup lists
        WITH_SECONDARY("(.+) \\(with secondary (.+)\\)", "audit.value.with-secondary"),
        WITH_POT("(.+) \\(pot capacity (\\d+)\\)", "audit.value.with-pot"),
        CAN_LOG_IN("can log in", "audit.value.can-log-in"),
        NO_LOGIN("no login", "audit.value.no-login"),
        FREE("free", "audit.value.free"),
        POT_CAPACITY("pot capacity (\\d+)", "audit.value.pot-capacity"),
        // connected applications
        TOKEN_ACCEPTED("token accepted", "audit.value.token-accepted"),
        TOKEN_REVOKED("token revoked", "audit.value.token-revoked"),
        TOKEN("token (\\S+)", "audit.value.token"),
        VALID_UNTIL("valid until (\\S+)", "audit.value.valid-until"),
        // sessions
        OPEN("open", "audit.value.open"),
        STALE("stale", "audit.value.stale"),
        OPEN_SINCE("open since (\\S+)", "audit.value.open-since"),
        CLOSED("closed", "audit.value.closed"),
        ENDED("ended", "audit.value.ended"),
        SEAT_FREED("seat freed", "audit.value.seat-freed"),
        SIGN_OUT_REQUESTED("sign-out requested", "audit.value.sign-out-requested"),
        FULL_SEAT("Full access seat", "audit.value.full-seat"),
        VIEW_ONLY_SEAT("View only seat", "audit.value.view-only-seat"),
        OVERFLOW_SEAT("Overflow \\(view only\\) seat", "audit.value.overflow-seat"),
        RESERVED_SEAT("Reserved seat", "audit.value.reserved-seat"),
        EXEMPT_SEAT("Exempt – no licence seat", "audit.value.exempt-seat"),
        // session settings
        STALE_AFTER("stale after (\\d+) s", "audit.value.stale-after"),
        IDLE_TIMEOUT("idle timeout (\\d+) min", "audit.value.idle-timeout"),
        AUTO_TIMEOUT_ENABLED("auto timeout enabled", "audit.value.auto-timeout-enabled"),
        AUTO_TIMEOUT_DISABLED("auto timeout disabled", "audit.value.auto-timeout-disabled"),
        WARNING_BEFORE("warning (\\d+) s before", "audit.value.warning-before"),
        // sign-in protection
        LOCK_AFTER("lock after (\\d+) failures", "audit.value.lock-after"),
        FIRST_LOCK("first lock (\\d+) s", "audit.value.first-lock"),
        LONGEST_LOCK("longest (\\d+) s", "audit.value.longest-lock"),
        FORGOTTEN_AFTER("failures forgotten after (\\d+) min", "audit.value.forgotten-after"),
        ADDRESS_PAUSED("address paused after (\\d+) failures in (\\d+) min", "audit.value.address-paused"),
        PAUSED_FOR("for (\\d+) s", "audit.value.paused-for"),
        LOCKED_UNTIL("locked until (.+) after failed sign-ins", "audit.value.locked-until"),
        UNLOCKED("unlocked", "audit.value.unlocked");

        final Pattern english;
        final String key;
        /** The fields it is a value of; empty when it may be the value of any, or a record of its own. */
        final Field[] fields;

        Value(String english, String key, Field... fields) {
            this.english = Pattern.compile(english);
            this.key = key;
            this.fields = fields;
        }

        boolean of(Field field) {
            return fields.length == 0 || Arrays.asList(fields).contains(field);
        }
    }

    /** "user jdoe (Jane Doe)" in the reader's words, its names as written; an unknown subject as it is. */
    static String subject(String subject, LogText.Words reader) {
        if (subject == null) {
            return "";
        }
        return Subject.of(subject)
                .map(kind -> {
                    Matcher m = kind.english.matcher(subject);
                    m.matches();
                    Object[] names = IntStream.rangeClosed(1, m.groupCount())
                            .mapToObj(g -> kind.namedLike == null
                                    ? m.group(g)
                                    : word(kind.namedLike, m.group(g), reader, true))
                            .toArray();
                    return reader.text(kind.key, names);
                })
                .orElse(subject);
    }

    /** A field's name in the reader's words; a name not in the vocabulary as it is. */
    static String field(String field, LogText.Words reader) {
        return field == null
                ? null
                : Field.of(field).map(f -> reader.text(f.key)).orElse(field);
    }

    /**
     * A value in the reader's words. A field's value is read whole ("none", "User"); a record of its own
     * ("open, stale", the session settings) is read line by line and part by part, as it was written.
     */
    static String value(String field, String value, LogText.Words reader) {
        if (value == null) {
            return null;
        }
        if (field != null) {
            return word(Field.of(field).orElse(null), value, reader, true);
        }
        return value.lines()
                .map(line -> ChangedFields.parts(line).stream()
                        .map(part -> word(null, part, reader, false))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** A whole record (the CSV's before and after) in the reader's words, written as it was stored. */
    static String record(String text, LogText.Words reader) {
        if (text == null) {
            return null;
        }
        if (ChangedFields.fields(text) == null) {
            return value(null, text, reader);
        }
        // line by line, so that the record keeps its lines as stored
        return Arrays.stream(text.split("\\R", -1))
                .map(line -> {
                    Matcher m = ChangedFields.FIELD.matcher(line);
                    return m.matches()
                            ? field(m.group(1), reader) + ": " + value(m.group(1), m.group(2), reader)
                            : line;
                })
                .collect(Collectors.joining("\n"));
    }

    /** Whether a subject is in the vocabulary (the vocabulary's own test asks). */
    static boolean knows(String subject) {
        return Subject.of(subject).isPresent();
    }

    /** Whether a field's name is in the vocabulary (the vocabulary's own test asks). */
    static boolean knowsField(String field) {
        return Field.of(field).isPresent();
    }

    /** Whether a value of a field (null: a record of its own, or a part of one) is a word of the vocabulary. */
    static boolean knowsValue(String field, String value) {
        return valueFor(field == null ? null : Field.of(field).orElse(null), value, field != null)
                .isPresent();
    }

    private static String word(Field field, String text, LogText.Words reader, boolean ofField) {
        return valueFor(field, text, ofField)
                .map(value -> {
                    Matcher m = value.english.matcher(text);
                    m.matches();
                    Object[] figures = IntStream.rangeClosed(1, m.groupCount())
                            .mapToObj(m::group)
                            .toArray();
                    return reader.text(value.key, figures);
                })
                .orElse(text);
    }

    /** A field's value may be a word of that field or of any; a record of its own only a word of any. */
    private static Optional<Value> valueFor(Field field, String text, boolean ofField) {
        return Arrays.stream(Value.values())
                .filter(value -> ofField ? value.of(field) : value.fields.length == 0)
                .filter(value -> value.english.matcher(text).matches())
                .findFirst();
    }
}
