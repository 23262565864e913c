package org.seatkeeper.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where alerts are sent. The webhook secret is never read back: {@code secretSet} says whether one is
 * stored.
 *
 * @param webhookUrl the outgoing webhook, or empty
 * @param secretSet  whether a webhook secret is stored
 * @param recipients email addresses separated by commas, or empty
 * @param version    the stored version this was read at
 */
public record AlertDestinations(String webhookUrl, boolean secretSet, String recipients, long version) {

    public static final int MIN_SECRET = 16;
    public static final int MAX_RECIPIENTS = 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    /** The fields a problem may be about. */
    public enum Field {
        WEBHOOK_URL,
        SECRET,
        RECIPIENTS
    }

    /** The email addresses, trimmed, without empty entries. */
    public static List<String> recipientList(String recipients) {
        return recipients == null
                ? List.of()
                : Arrays.stream(recipients.split("[,;\\s]+"))
                        .map(String::trim)
                        .filter(address -> !address.isEmpty())
                        .toList();
    }

    /**
     * What is wrong with a change, in plain English, by field.
     *
     * @param newSecret the secret typed, or empty to keep the stored one
     */
    public static Map<Field, String> problems(
            String webhookUrl, String newSecret, boolean secretStored, String recipients) {
        Map<Field, String> problems = new LinkedHashMap<>();
        refusals(webhookUrl, newSecret, secretStored, recipients)
                .forEach((field, refused) -> problems.put(field, refused.getMessage()));
        return problems;
    }

    /** What is wrong with a change as refusals with their figures, by field. */
    public static Map<Field, AlertDestinationRefusedException> refusals(
            String webhookUrl, String newSecret, boolean secretStored, String recipients) {
        Map<Field, AlertDestinationRefusedException> problems = new LinkedHashMap<>();
        String url = webhookUrl == null ? "" : webhookUrl.strip();
        if (!url.isEmpty()) {
            if (url.length() > 500) {
                problems.put(
                        Field.WEBHOOK_URL,
                        new AlertDestinationRefusedException(
                                Field.WEBHOOK_URL, AlertRefusal.WEBHOOK_TOO_LONG, url.length()));
            } else if (!validWebAddress(url)) {
                problems.put(
                        Field.WEBHOOK_URL,
                        new AlertDestinationRefusedException(Field.WEBHOOK_URL, AlertRefusal.WEBHOOK_INVALID));
            }
        }
        String secret = newSecret == null ? "" : newSecret;
        if (!secret.isEmpty() && (secret.length() < MIN_SECRET || secret.length() > 200)) {
            problems.put(
                    Field.SECRET,
                    new AlertDestinationRefusedException(
                            Field.SECRET, AlertRefusal.SECRET_LENGTH, MIN_SECRET, secret.length()));
        } else if (!url.isEmpty() && secret.isEmpty() && !secretStored) {
            problems.put(
                    Field.SECRET,
                    new AlertDestinationRefusedException(Field.SECRET, AlertRefusal.SECRET_MISSING, MIN_SECRET));
        }
        List<String> addresses = recipientList(recipients);
        List<String> wrong = addresses.stream()
                .filter(address -> !EMAIL.matcher(address).matches())
                .toList();
        if (!wrong.isEmpty()) {
            problems.put(
                    Field.RECIPIENTS,
                    new AlertDestinationRefusedException(
                            Field.RECIPIENTS, AlertRefusal.NOT_AN_EMAIL, String.join(", ", wrong)));
        } else if (addresses.size() > MAX_RECIPIENTS) {
            problems.put(
                    Field.RECIPIENTS,
                    new AlertDestinationRefusedException(
                            Field.RECIPIENTS, AlertRefusal.TOO_MANY_RECIPIENTS, MAX_RECIPIENTS, addresses.size()));
        } else if (String.join(", ", addresses).length() > 1000) {
            problems.put(
                    Field.RECIPIENTS,
                    new AlertDestinationRefusedException(Field.RECIPIENTS, AlertRefusal.RECIPIENTS_TOO_LONG));
        }
        return problems;
    }

    private static boolean validWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
