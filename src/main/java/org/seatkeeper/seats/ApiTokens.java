package org.seatkeeper.seats;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the bearer token of an API call. Not method-secured: it runs before anyone is authenticated.
 * Looked up by hash on every call, so a revocation holds on every node at once.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    private final ApiClientRepository clients;
    private final Clock clock;

    ApiTokens(ApiClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** The application this token belongs to, or why it is not accepted. */
    public TokenCheck check(String token) {
        if (token == null || !token.startsWith(ApiToken.PREFIX) || token.length() > 200) {
            return new TokenCheck.Refused("This is not a Seatkeeper client token.");
        }
        return clients.findByTokenHash(ApiToken.hashOf(token))
                .map(client -> {
                    String refusal = client.refusalAt(clock.instant());
                    return refusal == null ? (TokenCheck) new TokenCheck.Accepted(client.identity())
                            : new TokenCheck.Refused(refusal);
                })
                .orElseGet(() -> new TokenCheck.Refused("No registered application has this token."));
    }

    /** The outcome of a token check. */
    public sealed interface TokenCheck {

        record Accepted(ApiClientIdentity client) implements TokenCheck {
        }

        record Refused(String reason) implements TokenCheck {
        }
    }
}
