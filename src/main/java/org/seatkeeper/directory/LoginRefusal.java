package org.seatkeeper.directory;

import org.seatkeeper.shared.RefusalCode;

/**
 * Rule 6: why an account may not sign in today, as a code for programs (the seat API's {@code reason},
 * the access log) and the words the sign-in log has always used; {@link #EXPIRED} takes the last valid day.
 */
public enum LoginRefusal implements RefusalCode {
    INACTIVE("login.inactive", "account inactive"),
    NO_LOGIN("login.no-login", "licence type has no login"),
    EXPIRED("login.expired", "account valid until {0}");

    private final String code;
    private final String template;

    LoginRefusal(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}
