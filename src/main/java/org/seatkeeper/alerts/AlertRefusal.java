package org.seatkeeper.alerts;

import org.seatkeeper.shared.RefusalCode;

/**
 * Every refusal of the usage alerts, with its stable code and today's English sentence; the arguments
 * are the figures and names, in placeholder order (docs/decisions/0023-value-objects-and-refusal-codes.md).
 */
public enum AlertRefusal implements RefusalCode {

    /** Argument: the pool. */
    PERCENT_MISSING("alert-rule.percent.missing", "{0}: enter a share of the capacity from 1 to 100 %."),
    /** Arguments: the pool, the share typed. */
    PERCENT_OUT_OF_RANGE(
            "alert-rule.percent.out-of-range", "{0}: enter a share of the capacity from 1 to 100 %, not {1} %."),
    /** Arguments: the pool, the most minutes. */
    MINUTES_MISSING("alert-rule.minutes.missing", "{0}: enter 1 to {1} minutes (a day)."),
    /** Arguments: the pool, the most minutes, the minutes typed. */
    MINUTES_OUT_OF_RANGE("alert-rule.minutes.out-of-range", "{0}: enter 1 to {1} minutes (a day), not {2}."),
    RULES_CHANGED_MEANWHILE(
            "alert-rules.changed-meanwhile",
            "Someone else changed the alert rules meanwhile. Reload the page and make your change again."),
    /** Argument: the address's length. */
    WEBHOOK_TOO_LONG(
            "alert-destinations.webhook.too-long", "The webhook address is {0} characters long; at most 500 fit."),
    WEBHOOK_INVALID(
            "alert-destinations.webhook.invalid",
            "Enter a web address starting with https:// or http://, such as https://alerts.example.org/seatkeeper."),
    /** Arguments: the fewest characters, the secret's length. */
    SECRET_LENGTH("alert-destinations.secret.length", "The secret must have {0} to 200 characters; this one has {1}."),
    /** Argument: the fewest characters. */
    SECRET_MISSING(
            "alert-destinations.secret.missing",
            "Enter a secret of at least {0} characters: the receiver uses it to check that a message comes from"
                    + " Seatkeeper."),
    /** Argument: the addresses that are wrong. */
    NOT_AN_EMAIL("alert-destinations.recipients.not-an-email", "Not an email address: {0}."),
    /** Arguments: the most recipients, how many there are. */
    TOO_MANY_RECIPIENTS("alert-destinations.recipients.too-many", "At most {0} recipients; there are {1}."),
    RECIPIENTS_TOO_LONG(
            "alert-destinations.recipients.too-long",
            "The recipients are too long together; at most 1000 characters fit."),
    DESTINATIONS_CHANGED_MEANWHILE(
            "alert-destinations.changed-meanwhile",
            "Someone else changed where alerts are sent meanwhile. Reload the page and make your change again."),
    GONE("alert.gone", "This alert no longer exists.");

    private final String code;
    private final String template;

    AlertRefusal(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}
