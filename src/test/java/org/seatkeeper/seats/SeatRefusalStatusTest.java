package org.seatkeeper.seats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The web layer chooses each seat refusal's HTTP status from its reason, without Spring. */
class SeatRefusalStatusTest {

    @Test
    void bad_input_is_400() {
        assertThat(SeatProblems.status(SeatRefusal.Reason.INVALID_USERNAME)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(SeatProblems.status(SeatRefusal.Reason.INVALID_ID)).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_user_who_may_not_sign_in_and_a_caller_who_is_no_application_are_403() {
        for (SeatRefusal.Reason reason : new SeatRefusal.Reason[] {
            SeatRefusal.Reason.UNKNOWN_USER,
            SeatRefusal.Reason.INACTIVE,
            SeatRefusal.Reason.EXPIRED,
            SeatRefusal.Reason.NO_LOGIN,
            SeatRefusal.Reason.NOT_AN_APPLICATION
        }) {
            assertThat(SeatProblems.status(reason)).as(reason.code).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void seats_taken_elsewhere_unknown_ended_or_unavailable_have_their_own_status() {
        assertThat(SeatProblems.status(SeatRefusal.Reason.ALREADY_SIGNED_IN)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(SeatProblems.status(SeatRefusal.Reason.UNKNOWN_SEAT)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(SeatProblems.status(SeatRefusal.Reason.SEAT_ENDED)).isEqualTo(HttpStatus.GONE);
        assertThat(SeatProblems.status(SeatRefusal.Reason.NO_SEAT)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void the_reasons_are_the_apis_documented_codes() {
        assertThat(SeatRefusal.Reason.NO_LOGIN.code).isEqualTo("no-login");
        assertThat(SeatRefusal.Reason.ALREADY_SIGNED_IN.code).isEqualTo("already-signed-in");
        assertThat(SeatRefusal.Reason.INVALID_USERNAME.code).isEqualTo("invalid-username");
    }
}
