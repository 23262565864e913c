package org.seatkeeper.seats;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document (/api/v1/openapi.json) says beyond the controllers: the two ways to sign a
 * call, and the one problem shape of every error (docs/decisions/0014-hardening.md).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Seatkeeper API",
                        version = "v1",
                        description =
                                "Seats for connected applications and licence usage. Every error is a problem detail"
                                        + " (RFC 9457, application/problem+json) with a top-level reason."),
        security = @SecurityRequirement(name = SeatApiDocumentation.BEARER))
@SecurityScheme(
        name = SeatApiDocumentation.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A connected application's token, registered by an administrator under API clients (skt_...).")
@SecurityScheme(
        name = SeatApiDocumentation.BASIC,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "An administrator's username and password: licence usage only, never seats.")
class SeatApiDocumentation {

    static final String BEARER = "bearer";
    static final String BASIC = "basic";
    static final String PROBLEM = "application/problem+json";

    /**
     * Any call signed with HTTP Basic may be refused while sign-in is paused after failed sign-ins
     * (docs/decisions/0018-brute-force-protection.md): 429 with Retry-After, on every operation.
     */
    @Bean
    OpenApiCustomizer signInPausedAnswer() {
        return openApi -> openApi.getPaths()
                .values()
                .forEach(
                        path -> path.readOperations()
                                .forEach(
                                        operation -> operation
                                                .getResponses()
                                                .addApiResponse(
                                                        "429",
                                                        new ApiResponse()
                                                                .description(
                                                                        "Sign-in with these HTTP Basic credentials, or from this address, is paused after"
                                                                                + " failed sign-ins (sign-in-paused); Retry-After gives the seconds to wait")
                                                                .content(
                                                                        new Content()
                                                                                .addMediaType(
                                                                                        PROBLEM,
                                                                                        new MediaType()
                                                                                                .schema(
                                                                                                        new io.swagger
                                                                                                                        .v3
                                                                                                                        .oas
                                                                                                                        .models
                                                                                                                        .media
                                                                                                                        .Schema<>()
                                                                                                                .$ref(
                                                                                                                        "#/components/schemas/Problem")))))));
    }

    /** The shape of every error answer, documented once. */
    @Schema(name = "Problem", description = "An error answer (RFC 9457) with a machine-readable reason")
    record Problem(
            @Schema(example = "urn:seatkeeper:problem:no-seat")
            String type,

            @Schema(example = "Service Unavailable") String title,
            @Schema(example = "503") int status,

            @Schema(description = "What went wrong, for people", example = "All licences are in use, try again later.")
            String detail,

            @Schema(
                    description = "What went wrong, for programs: invalid-username, unknown-user, inactive, expired,"
                            + " no-login, not-an-application, already-signed-in, no-seat, busy, unknown-seat, seat-ended,"
                            + " invalid-id, unauthorized, forbidden, bad-request, not-found, method-not-allowed,"
                            + " rejected-request, too-large, unsupported-media-type, server-error, sign-in-paused",
                    example = "no-seat")
            String reason) {}
}
