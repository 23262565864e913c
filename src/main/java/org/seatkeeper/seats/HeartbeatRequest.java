package org.seatkeeper.seats;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/v1/seats/{id}/heartbeat}.
 *
 * @param acted whether the user did anything since the previous heartbeat (idle time counts from the
 *              last action, not from the last heartbeat)
 */
record HeartbeatRequest(
        @NotNull(message = "api.problem.seat.acted-required") Boolean acted) {}
