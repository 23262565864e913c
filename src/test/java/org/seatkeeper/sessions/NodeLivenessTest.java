package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.NodeName;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Portal sessions live in the memory of their node: those of a node whose beacon went silent, and
 * this node's own from a previous run, are ended and their seats freed; those of live nodes are not.
 */
@SpringBootTest
class NodeLivenessTest {

    @Autowired
    Admissions admissions;

    @Autowired
    LeaseReclaimer reclaimer;

    @Autowired
    NodeName thisNode;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onePool() {
        TestPools.set(jdbc, 3, 0, 0);
    }

    @Test
    void the_portal_sessions_of_a_node_silent_for_lease_plus_grace_are_ended_and_their_seats_freed() {
        beacon("node-gone", 91);
        beacon("node-alive", 10);
        long gone = portalSession("node-gone");
        long alive = portalSession("node-alive");

        reclaimer.sweep();

        assertThat(endReason(gone)).isEqualTo("NODE_LOST");
        assertThat(endReason(alive)).isNull();
        assertThat(jdbc.queryForObject("SELECT in_use FROM seat_pool WHERE kind = 'FULL_ACCESS'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void at_start_a_node_ends_its_own_portal_sessions_of_a_previous_run_but_not_while_its_name_is_alive() {
        beacon(thisNode.get(), 5);
        long recent = portalSession(thisNode.get());
        reclaimer.endPortalSessionsOfThePreviousRun();
        assertThat(endReason(recent)).as("another live node may use this name").isNull();

        beacon(thisNode.get(), 120);
        reclaimer.endPortalSessionsOfThePreviousRun();

        assertThat(endReason(recent)).isEqualTo("NODE_LOST");
    }

    private void beacon(String node, int secondsAgo) {
        jdbc.update("""
                INSERT INTO cluster_node (name, started_at, last_seen)
                VALUES (?, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3) - INTERVAL ? SECOND)
                ON DUPLICATE KEY UPDATE last_seen = CURRENT_TIMESTAMP(3) - INTERVAL ? SECOND""", node, secondsAgo, secondsAgo);
    }

    private long portalSession(String node) {
        long userId = System.nanoTime() % 1_000_000_000L + 2_000_000_000L;
        return admissions
                .admit(
                        new Applicant(userId, "user-on-" + node + userId, "User on " + node, AdmissionClass.STANDARD),
                        ClientDetails.portal("10.0.0.5", "Firefox", node))
                .id()
                .value();
    }

    private String endReason(long session) {
        return jdbc.queryForObject("SELECT end_reason FROM user_session WHERE id = ?", String.class, session);
    }
}
