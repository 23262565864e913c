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
 */
record SeatRequest(
        @NotBlank(message = "username is required") @Size(max = 100, message = "username has at most 100 characters") String username,

        @Size(max = 200, message = "reference has at most 200 characters") String reference,

        @Size(max = 45, message = "ip has at most 45 characters") @Pattern(regexp = "[0-9A-Fa-f:.]+", message = "ip must be an IPv4 or IPv6 address") String ip,

        @Size(max = 255, message = "browser has at most 255 characters") String browser) {}
