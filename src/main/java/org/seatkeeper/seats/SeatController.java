package org.seatkeeper.seats;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.seatkeeper.sessions.LeaseReply;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seat API of connected applications (README "Seat API"; OpenAPI at /api/v1/openapi.json):
 * take a seat for a user, renew its lease with heartbeats, release it.
 */
@RestController
@RequestMapping(path = "/api/v1/seats", produces = MediaType.APPLICATION_JSON_VALUE)
class SeatController {

    private final SeatDesk desk;

    SeatController(SeatDesk desk) {
        this.desk = desk;
    }

    /** 201 with the seat; 403, 409 or 503 (with Retry-After) as problem details when refused. */
    @ApiResponses({
        @ApiResponse(responseCode = "201", description = "The seat, with its kind and lease"),
        @ApiResponse(
                responseCode = "400",
                description =
                        "Invalid body or id (invalid-username, invalid-id, bad-request), broken framing or path (rejected-request)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "401",
                description = "Missing, unknown, revoked or expired token (unauthorized)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "403",
                description =
                        "The user may not sign in (unknown-user, inactive, expired, no-login) or the caller is not an application (not-an-application)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "405",
                description = "Method not allowed (method-not-allowed)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "409",
                description = "Signed in live elsewhere (already-signed-in)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "413",
                description = "Body over 16 KiB (too-large)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "415",
                description = "Body not JSON (unsupported-media-type)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "503",
                description = "No seat free (no-seat) or database busy (busy), with Retry-After",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class)))
    })
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SeatGrant> take(@Valid @RequestBody SeatRequest request, HttpServletRequest http) {
        SeatGrant grant = desk.take(request, http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/seats/" + grant.seatId()))
                .body(grant);
    }

    /** 200 with the renewed lease; 404 for a seat this application does not hold; 410 once it has ended. */
    @ApiResponses({
        @ApiResponse(responseCode = "200", description = "The renewed lease"),
        @ApiResponse(
                responseCode = "400",
                description =
                        "Invalid body or id (invalid-username, invalid-id, bad-request), broken framing or path (rejected-request)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "401",
                description = "Missing, unknown, revoked or expired token (unauthorized)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "403",
                description = "Not a connected application (not-an-application)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "404",
                description = "This application holds no such seat (unknown-seat)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "405",
                description = "Method not allowed (method-not-allowed)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "410",
                description = "The seat has ended (seat-ended)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "413",
                description = "Body over 16 KiB (too-large)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "415",
                description = "Body not JSON (unsupported-media-type)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "503",
                description = "Database busy, with Retry-After (busy)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class)))
    })
    @PostMapping(path = "/{id}/heartbeat", consumes = MediaType.APPLICATION_JSON_VALUE)
    LeaseRenewal heartbeat(@PathVariable("id") String seat, @Valid @RequestBody HeartbeatRequest heartbeat) {
        long id = decimal(seat);
        return switch (desk.renew(id, heartbeat.acted())) {
            case LeaseReply.Renewed renewed ->
                new LeaseRenewal(id, renewed.leaseSeconds(), renewed.signOutBy() != null, renewed.signOutBy());
            case LeaseReply other -> throw notHeld(other);
        };
    }

    /** 204 with the seat freed at once; 404 for a seat this application does not hold; 410 once it has ended. */
    @ApiResponses({
        @ApiResponse(responseCode = "204", description = "Released; the seat is free at once"),
        @ApiResponse(
                responseCode = "400",
                description =
                        "Invalid body or id (invalid-username, invalid-id, bad-request), broken framing or path (rejected-request)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "401",
                description = "Missing, unknown, revoked or expired token (unauthorized)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "403",
                description = "Not a connected application (not-an-application)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "404",
                description = "This application holds no such seat (unknown-seat)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "405",
                description = "Method not allowed (method-not-allowed)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "410",
                description = "The seat has ended (seat-ended)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "413",
                description = "Body over 16 KiB (too-large)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class))),
        @ApiResponse(
                responseCode = "503",
                description = "Database busy, with Retry-After (busy)",
                content =
                        @Content(
                                mediaType = SeatApiDocumentation.PROBLEM,
                                schema = @Schema(implementation = SeatApiDocumentation.Problem.class)))
    })
    @DeleteMapping("/{id}")
    ResponseEntity<Void> release(@PathVariable("id") String seat) {
        long id = decimal(seat);
        return switch (desk.release(id)) {
            case LeaseReply.Released released -> ResponseEntity.noContent().build();
            case LeaseReply other -> throw notHeld(other);
        };
    }

    /**
     * Seat ids are what {@code take} answered: decimal digits only. Spring would read "0x10" as 16 and
     * "+1" as 1, so a typo or a probe could reach another seat.
     */
    static long decimal(String id) {
        if (!id.isEmpty() && id.length() <= 19 && decimalDigitsOnly(id)) {
            try {
                return Long.parseLong(id);
            } catch (NumberFormatException tooLarge) {
                // falls through to the refusal
            }
        }
        throw new SeatRefusal(
                        SeatRefusal.Reason.INVALID_ID,
                        "id must be a number written in decimal" + " digits, such as 17, not '" + id + "'.")
                .in((texts, language) -> texts.text(language, "api.problem.seat.invalid-id", id));
    }

    private static boolean decimalDigitsOnly(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static SeatRefusal notHeld(LeaseReply reply) {
        return switch (reply) {
            case LeaseReply.Ended ended ->
                new SeatRefusal(
                                SeatRefusal.Reason.SEAT_ENDED,
                                "Seat " + ended.id().value()
                                        + " has ended. " + ended.reason().explanation()
                                        + " Sign the user out of the application.")
                        .in((texts, language) -> texts.text(
                                language,
                                "api.problem.seat.ended",
                                String.valueOf(ended.id().value()),
                                texts.text(language, ended.reason().explanationKey())))
                        .with("endReason", ended.reason().name())
                        .with("endedAt", ended.at());
            case LeaseReply.Unknown unknown ->
                new SeatRefusal(
                                SeatRefusal.Reason.UNKNOWN_SEAT,
                                "This application holds no seat " + unknown.id().value() + ".")
                        .in((texts, language) -> texts.text(
                                language,
                                "api.problem.seat.unknown",
                                String.valueOf(unknown.id().value())));
            case LeaseReply.Renewed renewed -> throw new IllegalStateException("A renewal is not a refusal");
            case LeaseReply.Released released -> throw new IllegalStateException("A release is not a refusal");
        };
    }
}
