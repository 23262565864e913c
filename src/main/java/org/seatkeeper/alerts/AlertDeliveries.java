package org.seatkeeper.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.seatkeeper.preferences.RecipientLanguages;
import org.seatkeeper.shared.DatabaseTime;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.NodeName;
import org.seatkeeper.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages about raised and cleared alerts. {@link #enqueue} writes one delivery per destination in
 * the transaction that raised or cleared the episode, so it exists exactly once; {@link #deliverDue}, on
 * every node and never inside a transaction, claims each due delivery with a conditional UPDATE (one node
 * wins), sends it, records the attempt and schedules the next after the configured waits, or gives up.
 */
@Component
class AlertDeliveries {

    static final String WEBHOOK = "WEBHOOK";
    static final String EMAIL = "EMAIL";
    private static final Logger log = LoggerFactory.getLogger(AlertDeliveries.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final AlertStore store;
    private final AlertSettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final NodeName node;
    private final Clock clock;
    private final HttpClient http;
    private final Texts texts;
    private final RecipientLanguages languages;

    AlertDeliveries(
            JdbcClient jdbc,
            AlertStore store,
            AlertSettings settings,
            ObjectProvider<JavaMailSender> mail,
            NodeName node,
            Clock clock,
            Texts texts,
            RecipientLanguages languages) {
        this.texts = texts;
        this.languages = languages;
        this.jdbc = jdbc;
        this.store = store;
        this.settings = settings;
        this.mail = mail;
        this.node = node;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * One delivery per configured destination, in the caller's transaction; e-mail once per language and
     * time zone among the recipients, each written in the language and with the times of the zone its
     * recipients' accounts chose (English and the server's zone for addresses of no account or no choice). The webhook's words stay English: programs read its codes.
     */
    void enqueue(OpenAlert alert, boolean raised, Instant now) {
        AlertDestinations to = store.destinations();
        if (!to.webhookUrl().isEmpty()) {
            insert(
                    alert.id(),
                    raised,
                    WEBHOOK,
                    to.webhookUrl(),
                    subject(alert, raised, now, Language.ENGLISH, clock.getZone()),
                    json(alert, raised, now),
                    now);
        }
        Map<RecipientLanguages.Reader, List<String>> byReader =
                AlertDestinations.recipientList(to.recipients()).stream()
                        .collect(Collectors.groupingBy(
                                address -> languages.readerOf(address, clock.getZone()),
                                LinkedHashMap::new,
                                Collectors.toList()));
        byReader.forEach((reader, recipients) -> insert(
                alert.id(),
                raised,
                EMAIL,
                String.join(", ", recipients),
                subject(alert, raised, now, reader.language(), reader.zone()),
                mailText(alert, raised, now, reader.language(), reader.zone()),
                now));
    }

    /** "Alert: 3 sign-ins refused ...", "Ended: Full-access back below 90% ...", in a language. */
    private String subject(OpenAlert alert, boolean raised, Instant now, Language language, ZoneId zone) {
        OpenAlert.Words words = words(language);
        Locale locale = language.formatsFor(null);
        return raised
                ? words.say("alert.mail.subject.raised", alert.sentence(words, zone, locale, now))
                : words.say("alert.mail.subject.ended", alert.endSentence(words, zone, locale, now));
    }

    private OpenAlert.Words words(Language language) {
        return (key, arguments) -> texts.text(language, key, arguments);
    }

    private void insert(
            long episode, boolean raised, String channel, String target, String subject, String body, Instant now) {
        jdbc.sql("""
                        INSERT INTO alert_delivery (episode_id, event, channel, target, subject, body, state, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(
                        episode,
                        raised ? "RAISED" : "CLEARED",
                        channel,
                        target,
                        subject,
                        body,
                        DatabaseTime.parameter(now))
                .update();
    }

    /** Sends what is due and this node could claim; returns how many it tried. */
    int deliverDue(Instant now) {
        List<Long> due = jdbc.sql("""
                        SELECT id FROM alert_delivery WHERE state = 'PENDING' AND next_attempt_at <= ?
                            AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id LIMIT ?""")
                .params(DatabaseTime.parameter(now), DatabaseTime.parameter(now), BATCH)
                .query(Long.class)
                .list();
        int tried = 0;
        for (long id : due) {
            if (claim(id, now)) {
                attempt(id);
                tried++;
            }
        }
        return tried;
    }

    private boolean claim(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE alert_delivery SET claimed_until = ? WHERE id = ? AND state = 'PENDING'
                            AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)""")
                        .params(
                                DatabaseTime.parameter(now.plus(settings.claimFor())),
                                id,
                                DatabaseTime.parameter(now),
                                DatabaseTime.parameter(now))
                        .update()
                == 1;
    }

    private record Pending(long id, String channel, String target, String subject, String body, int attempts) {}

    private record Outcome(boolean delivered, Integer status, String error) {
        static Outcome failed(String error) {
            return new Outcome(false, null, shorten(error));
        }
    }

    private void attempt(long id) {
        Pending pending = jdbc.sql(
                        "SELECT id, channel, target, subject, body, attempts FROM alert_delivery WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Pending(
                        rs.getLong("id"),
                        rs.getString("channel"),
                        rs.getString("target"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .single();
        Outcome outcome = WEBHOOK.equals(pending.channel()) ? post(pending) : email(pending);
        Instant at = clock.instant();
        int attempts = pending.attempts() + 1;
        Instant next = outcome.delivered() || attempts > settings.retries().size()
                ? null
                : at.plus(settings.retries().get(attempts - 1));
        String state = outcome.delivered() ? "DELIVERED" : next == null ? "GAVE_UP" : "PENDING";
        jdbc.sql("""
                        INSERT INTO alert_delivery_attempt (delivery_id, attempted_at, node, http_status, error, next_retry_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        DatabaseTime.parameter(at),
                        node.get(),
                        outcome.status(),
                        outcome.error(),
                        next == null ? null : DatabaseTime.parameter(next))
                .update();
        jdbc.sql(
                        "UPDATE alert_delivery SET state = ?, attempts = ?, next_attempt_at = ?, claimed_until = NULL WHERE id = ?")
                .params(state, attempts, next == null ? null : DatabaseTime.parameter(next), id)
                .update();
        if ("GAVE_UP".equals(state)) {
            log.warn("Gave up delivering alert message {} to {} after {} attempts", id, pending.target(), attempts);
        }
    }

    private Outcome post(Pending pending) {
        Optional<String> secret = store.webhookSecret();
        if (secret.isEmpty()) {
            return Outcome.failed("No webhook secret is set.");
        }
        byte[] body = pending.body().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(pending.target()))
                    .timeout(settings.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(secret.get(), body))
                    .header("X-Seatkeeper-Delivery", String.valueOf(pending.id()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Outcome(status >= 200 && status < 300, status, null);
        } catch (IOException | IllegalArgumentException e) {
            return Outcome.failed(problem(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("Interrupted while sending.");
        }
    }

    private Outcome email(Pending pending) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return Outcome.failed("No mail server is configured (spring.mail.host).");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(AlertDestinations.recipientList(pending.target()).toArray(String[]::new));
        message.setSubject("Seatkeeper " + pending.subject());
        message.setText(pending.body());
        try {
            sender.send(message);
            return new Outcome(true, null, null);
        } catch (MailException e) {
            return Outcome.failed(problem(e));
        }
    }

    private static String problem(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String shorten(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    /** The webhook body. */
    static String json(OpenAlert alert, boolean raised, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", raised ? "raised" : "cleared");
        body.put("episode", alert.id());
        body.put("pool", alert.pool().label());
        body.put("kind", alert.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("rule", alert.rule());
        ZoneId utc = ZoneId.of("UTC");
        body.put("message", (raised ? alert.sentence(utc, now) : alert.endSentence(utc, now)) + " UTC");
        body.put("since", alert.since().toString());
        body.put("at", now.toString());
        body.put("inUse", alert.inUse());
        body.put("capacity", alert.capacity());
        body.put("refusals", alert.refusals());
        return JSON.writeValueAsString(body);
    }

    private String mailText(OpenAlert alert, boolean raised, Instant now, Language language, ZoneId zone) {
        Locale locale = language.formatsFor(null);
        OpenAlert.Words words = words(language);
        return words.say(raised ? "alert.mail.raised" : "alert.mail.ended") + "\n\n"
                + words.say(
                        "alert.mail.what",
                        raised ? alert.sentence(words, zone, locale, now) : alert.endSentence(words, zone, locale, now),
                        zone.getId())
                + "\n"
                + words.say("alert.mail.rule", alert.rule(words)) + "\n"
                + (raised ? "" : words.say("alert.mail.ended-at", OpenAlert.time(now, zone, locale, now)) + "\n")
                + "\n" + words.say("alert.mail.footer") + "\n";
    }

    /** Whether an SMTP server is configured (spring.mail.host). */
    boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    // the Alerts view's list of attempts

    List<DeliveryAttempt> attempts(int offset, int limit) {
        return jdbc.sql("""
                        SELECT a.attempted_at, d.channel, d.target, d.subject, a.http_status, a.error, a.next_retry_at
                        FROM alert_delivery_attempt a JOIN alert_delivery d ON d.id = a.delivery_id
                        ORDER BY a.attempted_at DESC, a.id DESC LIMIT ? OFFSET ?""")
                .params(limit, offset)
                .query((rs, n) -> {
                    Integer status = rs.getObject("http_status") == null ? null : rs.getInt("http_status");
                    String error = rs.getString("error");
                    boolean delivered = error == null && (status == null || (status >= 200 && status < 300));
                    return new DeliveryAttempt(
                            DatabaseTime.instant(rs, "attempted_at"),
                            WEBHOOK.equals(rs.getString("channel")) ? "Webhook" : "Email",
                            rs.getString("target"),
                            rs.getString("subject"),
                            status,
                            error,
                            DatabaseTime.instant(rs, "next_retry_at"),
                            delivered);
                })
                .list();
    }

    int attemptCount() {
        return jdbc.sql("SELECT COUNT(*) FROM alert_delivery_attempt")
                .query(Integer.class)
                .single();
    }
}
