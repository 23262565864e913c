package org.seatkeeper.seats;

import org.seatkeeper.shared.RefusalCode;

/**
 * Every refusal of registering or revoking an API client, with its stable code and today's English
 * sentence; the arguments are the figures and names, in placeholder order (ADR 0023).
 */
public enum ApiClientRefusal implements RefusalCode {
    NAME_MISSING("api-client.name-missing", "Give the application a name."),
    /** Arguments: the name's length, the most allowed. */
    NAME_TOO_LONG("api-client.name-too-long", "The name has {0} characters; at most {1} are allowed."),
    /** Arguments: the description's length, the most allowed. */
    DESCRIPTION_TOO_LONG(
            "api-client.description-too-long", "The description has {0} characters; at most {1} are allowed."),
    /** Argument: the last day asked for. */
    VALID_UNTIL_PASSED("api-client.valid-until-passed", "The token would be valid until {0}, which has passed."),
    /** Arguments: the latest last day, the last day asked for. */
    VALID_UNTIL_TOO_LATE(
            "api-client.valid-until-too-late",
            "A token can be valid until {0} at the latest; {1} is later. Leave the date empty for a token without an"
                    + " end."),
    /** Argument: the name. */
    NAME_TAKEN("api-client.name-taken", "An application named {0} is already registered."),
    /** Argument: the client's id. */
    UNKNOWN("api-client.unknown", "There is no API client {0}."),
    TOKEN_MALFORMED("api-client.token.malformed", "This is not a Seatkeeper client token."),
    TOKEN_UNKNOWN("api-client.token.unknown", "No registered application has this token."),
    /** Arguments: the application, when its token was revoked. */
    TOKEN_REVOKED("api-client.token.revoked", "The token of {0} was revoked at {1}."),
    /** Arguments: the application, when its token expired. */
    TOKEN_EXPIRED("api-client.token.expired", "The token of {0} expired at {1}.");

    private final String code;
    private final String template;

    ApiClientRefusal(String code, String template) {
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
