package org.seatkeeper.seats;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/seats}.
 *
 * @param username  the user signing in to the application (required)
 * @param reference the application's own reference for this session, echoed in the sessions view
 * @param ip        the user's address as the application saw it
 * @param browser   the user's browser or device
 *                  <p>Each constraint's message is a bundle key, said in the caller's language by the
 *                  API's error handler (shell.ApiErrors).
 */
record SeatRequest(
        @NotBlank(message = "api.problem.seat.username-required") @Size(max = 100, message = "api.problem.seat.username-length") String username,

        @Size(max = 200, message = "api.problem.seat.reference-length") String reference,

        @Size(max = 45, message = "api.problem.seat.ip-length") @Pattern(regexp = "[0-9A-Fa-f:.]+", message = "api.problem.seat.ip-format") String ip,

        @Size(max = 255, message = "api.problem.seat.browser-length") String browser) {}
