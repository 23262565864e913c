package org.seatkeeper.seats;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.seatkeeper.sessions.LeaseReply;
import org.springframework.http.HttpStatus;
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
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SeatGrant> take(@Valid @RequestBody SeatRequest request, HttpServletRequest http) {
        SeatGrant grant = desk.take(request, http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/seats/" + grant.seatId())).body(grant);
    }

    /** 200 with the renewed lease; 404 for a seat this application does not hold; 410 once it has ended. */
    @PostMapping(path = "/{id}/heartbeat", consumes = MediaType.APPLICATION_JSON_VALUE)
    LeaseRenewal heartbeat(@PathVariable("id") long id, @Valid @RequestBody HeartbeatRequest heartbeat) {
        return switch (desk.renew(id, heartbeat.acted())) {
            case LeaseReply.Renewed renewed -> new LeaseRenewal(id, renewed.leaseSeconds(),
                    renewed.signOutBy() != null, renewed.signOutBy());
            case LeaseReply other -> throw notHeld(other);
        };
    }

    /** 204 with the seat freed at once; 404 for a seat this application does not hold; 410 once it has ended. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> release(@PathVariable("id") long id) {
        return switch (desk.release(id)) {
            case LeaseReply.Released released -> ResponseEntity.noContent().build();
            case LeaseReply other -> throw notHeld(other);
        };
    }

    private static SeatRefusal notHeld(LeaseReply reply) {
        return switch (reply) {
            case LeaseReply.Ended ended -> new SeatRefusal(HttpStatus.GONE, "seat-ended", "Seat " + ended.id().value()
                    + " has ended. " + ended.reason().explanation()
                    + " Sign the user out of the application.")
                    .with("endReason", ended.reason().name()).with("endedAt", ended.at());
            case LeaseReply.Unknown unknown -> new SeatRefusal(HttpStatus.NOT_FOUND, "unknown-seat",
                    "This application holds no seat " + unknown.id().value() + ".");
            case LeaseReply.Renewed renewed -> throw new IllegalStateException("A renewal is not a refusal");
            case LeaseReply.Released released -> throw new IllegalStateException("A release is not a refusal");
        };
    }
}
