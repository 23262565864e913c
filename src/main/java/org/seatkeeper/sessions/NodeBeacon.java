package org.seatkeeper.sessions;

import java.time.Duration;
import java.util.List;
import org.seatkeeper.shared.NodeName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes that this one is alive, and finds nodes that are not. Times are the
 * database's own clock, the one clock all nodes share. A portal session lives in the memory of the
 * node that admitted it (its Vaadin UI and HTTP session), so when that node has been silent for the
 * seat lease plus grace its portal sessions can never be used again: {@link LeaseReclaimer} ends them.
 */
@Component
class NodeBeacon {

    private final JdbcClient jdbc;
    private final String node;
    private final Duration silence;

    NodeBeacon(JdbcClient jdbc, NodeName node, SessionSettings settings) {
        this.jdbc = jdbc;
        this.node = node.get();
        this.silence = settings.seats().silence();
    }

    @Scheduled(fixedDelayString = "${seatkeeper.nodes.beacon-every:" + SessionSettings.BEACON_EVERY + "}")
    void beat() {
        jdbc.sql("""
                        INSERT INTO cluster_node (name, started_at, last_seen) VALUES (?, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))
                        ON DUPLICATE KEY UPDATE last_seen = CURRENT_TIMESTAMP(3)""").param(node).update();
    }

    /**
     * At start: this node's own open portal sessions, left from its previous run, when its beacon has
     * been silent for the lease plus grace (so no other live node uses this name). Their browser
     * sessions died with that run.
     */
    List<Long> ownPortalSessionsOfAPreviousRun() {
        return jdbc.sql("""
                        SELECT s.id FROM user_session s JOIN cluster_node n ON n.name = s.node
                        WHERE s.ended_at IS NULL AND s.api_client_id IS NULL AND n.name = ?
                          AND n.last_seen <= CURRENT_TIMESTAMP(3) - INTERVAL ? SECOND""")
                .param(node)
                .param(silence.toSeconds())
                .query(Long.class)
                .list();
    }

    /** Open portal sessions admitted by another node that has been silent for the lease plus grace. */
    List<Long> portalSessionsOfSilentNodes() {
        return jdbc.sql("""
                        SELECT s.id FROM user_session s JOIN cluster_node n ON n.name = s.node
                        WHERE s.ended_at IS NULL AND s.api_client_id IS NULL AND n.name <> ?
                          AND n.last_seen <= CURRENT_TIMESTAMP(3) - INTERVAL ? SECOND""")
                .param(node)
                .param(silence.toSeconds())
                .query(Long.class)
                .list();
    }
}
