package org.seatkeeper.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.seatkeeper.seats.ApiClientIdentity;
import org.seatkeeper.seats.ApiTokens;
import org.seatkeeper.shared.Roles;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.transaction.TransactionException;

/**
 * "Authorization: Bearer &lt;token&gt;" of a connected application: the converter picks the token
 * out of the request, the provider checks it ({@link ApiTokens}) and makes the application the
 * principal with the role API_CLIENT. A revoked, expired or unknown token fails with 401.
 */
final class ApiClientTokenAuthentication extends AbstractAuthenticationToken {

    private final String token;
    private final ApiClientIdentity client;

    private ApiClientTokenAuthentication(String token) {
        super(List.of());
        this.token = token;
        this.client = null;
    }

    private ApiClientTokenAuthentication(ApiClientIdentity client) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.API_CLIENT)));
        this.token = null;
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return client == null ? "API client" : client.name();
    }

    /** Reads the bearer token; null when the request carries none, so other schemes may try. */
    static AuthenticationConverter converter() {
        return (HttpServletRequest request) -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            return new ApiClientTokenAuthentication(header.substring(7).strip());
        };
    }

    static AuthenticationProvider provider(ApiTokens tokens) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                ApiTokens.TokenCheck check;
                try {
                    check = tokens.check((String) attempt.getCredentials());
                } catch (DataAccessException | TransactionException busy) {
                    throw new AuthenticationServiceException(
                            "The token could not be checked: the database is busy", busy);
                }
                return switch (check) {
                    case ApiTokens.TokenCheck.Accepted accepted -> new ApiClientTokenAuthentication(accepted.client());
                    case ApiTokens.TokenCheck.Refused refused -> throw new TokenRefusedException(refused.refusal());
                };
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return ApiClientTokenAuthentication.class.isAssignableFrom(authentication);
            }
        };
    }
}
