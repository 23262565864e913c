package org.seatkeeper.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A username in its one canonical form (rule 13), the only form stored and compared, at every entry
 * point: the sign-in form, HTTP Basic, the seat API and the user form. The rule, in order
 * (docs/decisions/0014-hardening.md):
 * <ol>
 * <li>control and format characters (NUL, BEL, ESC, DEL, zero-width space, bidirectional overrides,
 * byte-order mark, ...) are refused, never removed: a name that contains one is not a name;</li>
 * <li>leading or trailing spaces are refused, never trimmed;</li>
 * <li>Unicode NFC, so a letter typed precomposed or with a combining accent is the same letter;</li>
 * <li>compatibility forms (fullwidth letters, ligatures, superscripts) are refused: they look like
 * ordinary letters but are other characters;</li>
 * <li>case folded to lower case with {@link Locale#ROOT}, so "Fred" signs in as "fred";</li>
 * <li>letters (with their accents), digits, dots, dashes, underscores and @ only, 3 to 100 of them.</li>
 * </ol>
 * Accents are kept: "josé" and "jose" are two names. The database compares the column byte for byte.
 */
public final class Username {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 100;
    /** The allowed characters, as a person reads them. */
    public static final String ALLOWED = "letters, digits, dots, dashes, underscores or @";

    private final String value;

    private Username(String value) {
        this.value = value;
    }

    /**
     * The canonical form of what was typed.
     *
     * @throws InvalidUsernameException saying what is wrong, for a blank name or one that breaks the rule
     */
    public static Username of(String typed) {
        return new Username(canonical(typed));
    }

    /** The canonical form, or empty when what was typed is not a valid username. */
    public static Optional<Username> parse(String typed) {
        try {
            return Optional.of(of(typed));
        } catch (InvalidUsernameException invalid) {
            return Optional.empty();
        }
    }

    /** Why what was typed is not a valid username, or empty when it is. */
    public static Optional<String> problem(String typed) {
        try {
            canonical(typed);
            return Optional.empty();
        } catch (InvalidUsernameException invalid) {
            return Optional.of(invalid.getMessage());
        }
    }

    /**
     * What was typed, safe to store and show in a log: the canonical form when it is valid, otherwise
     * the text with every control or format character written as {@code [U+XXXX]}, so that a record
     * shows exactly what was sent without the characters doing anything to the page or the file.
     */
    public static String printable(String typed) {
        if (typed == null) {
            return "";
        }
        Optional<Username> valid = parse(typed);
        if (valid.isPresent()) {
            return valid.get().value;
        }
        StringBuilder text = new StringBuilder(typed.length());
        typed.codePoints().forEach(c -> {
            if (invisible(c)) {
                text.append(String.format("[U+%04X]", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }

    public String value() {
        return value;
    }

    private static String canonical(String typed) {
        if (typed == null || typed.isEmpty()) {
            throw new InvalidUsernameException(DirectoryRefusal.USERNAME_MISSING);
        }
        int position = 1;
        for (int i = 0; i < typed.length(); position++) {
            int c = typed.codePointAt(i);
            if (invisible(c)) {
                throw new InvalidUsernameException(DirectoryRefusal.USERNAME_INVISIBLE_CHARACTER, position);
            }
            i += Character.charCount(c);
        }
        if (typed.isBlank()) {
            throw new InvalidUsernameException(DirectoryRefusal.USERNAME_MISSING);
        }
        if (Character.isWhitespace(typed.codePointAt(0))
                || Character.isSpaceChar(typed.codePointAt(0))
                || Character.isWhitespace(typed.codePointBefore(typed.length()))
                || Character.isSpaceChar(typed.codePointBefore(typed.length()))) {
            throw new InvalidUsernameException(DirectoryRefusal.USERNAME_EDGE_SPACE);
        }
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC);
        if (!composed.equals(Normalizer.normalize(composed, Normalizer.Form.NFKC))) {
            throw new InvalidUsernameException(DirectoryRefusal.USERNAME_SPECIAL_FORM);
        }
        String folded = Normalizer.normalize(composed.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        int length = folded.codePointCount(0, folded.length());
        if (!folded.codePoints().allMatch(Username::allowed)) {
            throw new InvalidUsernameException(DirectoryRefusal.USERNAME_CHARACTERS);
        }
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidUsernameException(DirectoryRefusal.USERNAME_LENGTH, length, MIN_LENGTH, MAX_LENGTH);
        }
        return folded;
    }

    /** Control (C0, DEL, C1) and format characters (zero-width, bidirectional, byte-order mark), and broken halves. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean allowed(int c) {
        return Character.isLetter(c)
                || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || c == '.'
                || c == '-'
                || c == '_'
                || c == '@';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Username that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
