package org.seatkeeper.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.seatkeeper.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Alert emails through Spring's mail support, received by an in-process SMTP server (GreenMail). */
@SpringBootTest
class AlertEmailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("seatkeeper.alerts.mail-from", () -> "seatkeeper@hospital-a.example");
    }

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    AlertDeliveries deliveries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @BeforeEach
    void twoRecipients() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.update(
                "UPDATE alert_destination SET email_recipients = 'it@hospital-a.example, licences@hospital-a.example'"
                        + " WHERE id = 1");
    }

    @Test
    void a_refusal_alert_is_mailed_to_every_recipient_with_the_figures() throws Exception {
        UsageMinutes minutes = new UsageMinutes(jdbc).fullAccess(0, 5, 0, 4, 5);
        minutes.record("FULL_ACCESS", 2, 5, 5, 3);
        evaluator.evaluate(minutes.at(2));

        assertThat(deliveries.deliverDue(Instant.now())).isEqualTo(1);

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(2); // one copy per recipient
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject())
                .startsWith("Seatkeeper Alert: 3 sign-ins refused for want of a Full-access seat since");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("seatkeeper@hospital-a.example");
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("it@hospital-a.example", "licences@hospital-a.example");
        assertThat(GreenMailUtil.getBody(mail))
                .contains("An alert was raised", "Rule: Any sign-in refused for want of a seat");
        assertThat(jdbc.queryForObject("SELECT state FROM alert_delivery", String.class))
                .isEqualTo("DELIVERED");
    }

    @Test
    void a_recipient_who_chose_swedish_gets_the_alert_in_swedish_and_the_others_in_english() throws Exception {
        long sven = users.add("sven").email("sven@hospital-a.example").insert();
        jdbc.update(
                "INSERT INTO user_preference (user_id, language, updated_at) VALUES (?, 'sv', CURRENT_TIMESTAMP(3))",
                sven);
        jdbc.update("UPDATE alert_destination SET email_recipients = 'sven@hospital-a.example, it@hospital-a.example'"
                + " WHERE id = 1");
        UsageMinutes minutes = new UsageMinutes(jdbc).fullAccess(0, 5, 0, 4, 5);
        minutes.record("FULL_ACCESS", 2, 5, 5, 3);
        evaluator.evaluate(minutes.at(2));

        assertThat(deliveries.deliverDue(Instant.now()))
                .as("one message per language")
                .isEqualTo(2);

        MimeMessage swedish = Arrays.stream(SMTP.getReceivedMessagesForDomain("sven@hospital-a.example"))
                .findFirst()
                .orElseThrow();
        assertThat(swedish.getSubject())
                .startsWith("Seatkeeper Varning: 3 inloggningar nekade i brist på plats i Full åtkomst sedan");
        assertThat(GreenMailUtil.getBody(swedish))
                .contains("En varning har utl", "Regel: Varje inloggning som nekas i brist p");
        MimeMessage english = Arrays.stream(SMTP.getReceivedMessagesForDomain("it@hospital-a.example"))
                .findFirst()
                .orElseThrow();
        assertThat(english.getSubject())
                .startsWith("Seatkeeper Alert: 3 sign-ins refused for want of a Full-access seat since");
    }

    @Test
    void a_recipient_who_chose_a_time_zone_reads_the_times_in_it() throws Exception {
        long sven = users.add("sven").email("sven@hospital-a.example").insert();
        jdbc.update(
                "INSERT INTO user_preference (user_id, language, time_zone, updated_at)"
                        + " VALUES (?, 'sv', 'America/New_York', CURRENT_TIMESTAMP(3))",
                sven);
        jdbc.update("UPDATE alert_destination SET email_recipients = 'sven@hospital-a.example, it@hospital-a.example'"
                + " WHERE id = 1");
        UsageMinutes minutes = new UsageMinutes(jdbc).fullAccess(0, 5, 0, 4, 5);
        minutes.record("FULL_ACCESS", 2, 5, 5, 3);
        evaluator.evaluate(minutes.at(2));

        assertThat(deliveries.deliverDue(Instant.now())).isEqualTo(2);

        String swedish =
                GreenMailUtil.getBody(Arrays.stream(SMTP.getReceivedMessagesForDomain("sven@hospital-a.example"))
                        .findFirst()
                        .orElseThrow());
        String english = GreenMailUtil.getBody(Arrays.stream(SMTP.getReceivedMessagesForDomain("it@hospital-a.example"))
                .findFirst()
                .orElseThrow());
        assertThat(swedish).contains("America/New_York");
        assertThat(english).doesNotContain("America/New_York");
    }

    @Test
    void the_end_of_the_episode_is_mailed_too() {
        UsageMinutes minutes = new UsageMinutes(jdbc).fullAccess(0, 5, 0, 5, 5, 5, 5, 5, 5);
        evaluator.evaluate(minutes.at(5));
        minutes.fullAccess(6, 5, 0, 2, 2);
        evaluator.evaluate(minutes.at(7));

        assertThat(deliveries.deliverDue(Instant.now())).isEqualTo(2);

        assertThat(SMTP.getReceivedMessages())
                .extracting(MimeMessage::getSubject)
                .anyMatch(subject ->
                        subject.startsWith("Seatkeeper Ended: Full-access back below 90%: 2 of 5 in use (from "));
    }
}
