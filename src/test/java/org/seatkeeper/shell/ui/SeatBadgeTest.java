package org.seatkeeper.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.sessions.SeatKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seed 004: a user on a view-only or overflow seat sees it in the header; a full seat shows nothing. */
@SpringBootTest
class SeatBadgeTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void account() {
        TestAccounts.ensure(jdbc, "badge-user", "USER");
        // The base class opened the first view before this scene existed: open it again.
        UI.getCurrent().navigate("");
    }

    @Test
    @WithPortalSeat(username = "badge-user", seat = SeatKind.OVERFLOW)
    void a_user_on_an_overflow_seat_is_told_it_is_view_only() {
        assertThat($(Span.class).id("seat-badge").getText()).isEqualTo("Overflow seat: view only");
    }

    @Test
    @WithPortalSeat(username = "badge-user", seat = SeatKind.VIEW_ONLY)
    void a_user_on_a_view_only_seat_sees_it() {
        assertThat($(Span.class).id("seat-badge").getText()).isEqualTo("View-only seat");
    }

    @Test
    @WithPortalSeat(username = "badge-user", seat = SeatKind.FULL)
    void a_user_on_a_full_seat_sees_no_badge() {
        assertThat($(Span.class).withId("seat-badge").exists()).isFalse();
    }
}
