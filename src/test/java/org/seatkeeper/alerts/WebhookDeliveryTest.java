package org.seatkeeper.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.preferences.RecipientLanguages;
import org.seatkeeper.shared.NodeName;
import org.seatkeeper.shared.Texts;
import org.seatkeeper.testing.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The outgoing webhook against a receiver in this test: a failing receiver gets the same signed body again
 * after each configured wait until it answers 2xx, every attempt is recorded, a receiver that never answers
 * is given up on after the last wait, and two nodes delivering at once send each message once.
 */
@SpringBootTest
class WebhookDeliveryTest {

    static final String SECRET = "receiver-and-seatkeeper-share-this";

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    AlertDeliveries deliveries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    record Received(byte[] body, String signature, String delivery) {}

    @BeforeEach
    void aReceiverAndAnAlert() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(
                    exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestHeaders().getFirst("X-Seatkeeper-Delivery")));
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        jdbc.update(
                "UPDATE alert_destination SET webhook_url = ?, webhook_secret = ? WHERE id = 1",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                SECRET);
        UsageMinutes minutes = new UsageMinutes(jdbc).fullAccess(0, 5, 0, 5, 5, 5, 5, 5, 5);
        evaluator.evaluate(minutes.at(5));
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void a_failing_receiver_gets_the_same_signed_message_after_one_minute_and_the_attempts_are_recorded()
            throws Exception {
        failuresLeft.set(1);
        Instant now = Instant.now();

        assertThat(deliveries.deliverDue(now)).isEqualTo(1);
        assertThat(deliveries.deliverDue(now.plusSeconds(30)))
                .as("not due before the first wait")
                .isZero();
        assertThat(deliveries.deliverDue(now.plus(Duration.ofMinutes(2)))).isEqualTo(1);

        List<Map<String, Object>> attempts = jdbc.queryForList(
                "SELECT http_status, error, TIMESTAMPDIFF(SECOND, attempted_at, next_retry_at) AS wait, next_retry_at"
                        + " FROM alert_delivery_attempt ORDER BY id");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0)).containsEntry("http_status", 503).containsEntry("error", null);
        assertThat(((Number) attempts.get(0).get("wait")).longValue()).isEqualTo(60);
        assertThat(attempts.get(1)).containsEntry("http_status", 204).containsEntry("next_retry_at", null);
        assertThat(jdbc.queryForObject("SELECT state FROM alert_delivery", String.class))
                .isEqualTo("DELIVERED");

        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(received.get(1).delivery()).isEqualTo(received.get(0).delivery());
        Received last = received.get(1);
        assertThat(last.signature()).isEqualTo("sha256=" + hmacSha256Hex(SECRET, last.body()));
        assertThat(WebhookSignature.verify(SECRET, last.body(), last.signature()))
                .isTrue();
        assertThat(WebhookSignature.verify("another-secret-of-length", last.body(), last.signature()))
                .isFalse();
        String json = new String(last.body(), StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"event\":\"raised\"",
                        "\"pool\":\"Full-access\"",
                        "\"inUse\":5",
                        "\"capacity\":5",
                        "\"message\":\"Full-access at 100% (5 of 5) since ");
    }

    @Test
    void a_receiver_that_keeps_failing_is_tried_after_one_five_and_fifteen_minutes_then_given_up() {
        failuresLeft.set(100);
        Instant later = Instant.now().plus(Duration.ofDays(1));

        for (int i = 0; i < 6; i++) {
            deliveries.deliverDue(later);
        }

        assertThat(received).hasSize(4);
        List<Long> waits = jdbc.queryForList("""
                SELECT TIMESTAMPDIFF(SECOND, attempted_at, next_retry_at) FROM alert_delivery_attempt ORDER BY id""", Long.class);
        assertThat(waits).containsExactly(60L, 300L, 900L, null);
        assertThat(jdbc.queryForObject("SELECT state FROM alert_delivery", String.class))
                .isEqualTo("GAVE_UP");
    }

    @Test
    void two_nodes_delivering_at_once_send_each_message_once() {
        AlertDeliveries otherNode = new AlertDeliveries(
                context.getBean(JdbcClient.class),
                context.getBean(AlertStore.class),
                context.getBean(AlertSettings.class),
                context.getBeanProvider(JavaMailSender.class),
                context.getBean(NodeName.class),
                context.getBean(Clock.class),
                context.getBean(Texts.class),
                context.getBean(RecipientLanguages.class));
        Instant now = Instant.now();

        Race.run(4, i -> () -> (i % 2 == 0 ? deliveries : otherNode).deliverDue(now))
                .allReturned();

        assertThat(received).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert_delivery_attempt", Integer.class))
                .isEqualTo(1);
    }

    /** How a receiver checks the header, written out without Seatkeeper's code (README "Usage alerts"). */
    private static String hmacSha256Hex(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
