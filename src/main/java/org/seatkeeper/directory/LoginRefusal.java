package org.seatkeeper.directory;

import org.seatkeeper.shared.RefusalCode;

/**
 * Rule 6: why an account may not sign in today, as a code for programs (the seat API's {@code reason},
 * the access log) and the words the sign-in log has always used; {@link #EXPIRED} takes the last valid day.
 */
public enum LoginRefusal implements RefusalCode {
    INACTIVE("account inactive"),
    NO_LOGIN("licence type has no login"),
    EXPIRED("account valid until {0}");

    private final String words;

    LoginRefusal(String words) {
        this.words = words;
    }

    /** Written out rather than made from the constant's name, so that renaming a constant keeps the code. */
    @Override
    public String code() {
        return switch (this) {
            case INACTIVE -> "login.inactive";
            case NO_LOGIN -> "login.no-login";
            case EXPIRED -> "login.expired";
        };
    }

    @Override
    public String template() {
        return words;
    }
}
