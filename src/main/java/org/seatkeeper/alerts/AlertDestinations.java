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
     * What is wrong with a change, in plain words, by field.
     *
     * @param newSecret the secret typed, or empty to keep the stored one
     */
    public static Map<Field, String> problems(
            String webhookUrl, String newSecret, boolean secretStored, String recipients) {
        Map<Field, String> problems = new LinkedHashMap<>();
        String url = webhookUrl == null ? "" : webhookUrl.strip();
        if (!url.isEmpty()) {
            if (url.length() > 500) {
                problems.put(
                        Field.WEBHOOK_URL,
                        "The webhook address is " + url.length() + " characters long; at most 500 fit.");
            } else if (!validWebAddress(url)) {
                problems.put(
                        Field.WEBHOOK_URL,
                        "Enter a web address starting with https:// or http://, such as"
                                + " https://alerts.example.org/seatkeeper.");
            }
        }
        String secret = newSecret == null ? "" : newSecret;
        if (!secret.isEmpty() && (secret.length() < MIN_SECRET || secret.length() > 200)) {
            problems.put(
                    Field.SECRET,
                    "The secret must have " + MIN_SECRET + " to 200 characters; this one has " + secret.length() + ".");
        } else if (!url.isEmpty() && secret.isEmpty() && !secretStored) {
            problems.put(
                    Field.SECRET,
                    "Enter a secret of at least " + MIN_SECRET
                            + " characters: the receiver uses it to check that a message comes from Seatkeeper.");
        }
        List<String> addresses = recipientList(recipients);
        List<String> wrong = addresses.stream()
                .filter(address -> !EMAIL.matcher(address).matches())
                .toList();
        if (!wrong.isEmpty()) {
            problems.put(Field.RECIPIENTS, "Not an email address: " + String.join(", ", wrong) + ".");
        } else if (addresses.size() > MAX_RECIPIENTS) {
            problems.put(
                    Field.RECIPIENTS, "At most " + MAX_RECIPIENTS + " recipients; there are " + addresses.size() + ".");
        } else if (String.join(", ", addresses).length() > 1000) {
            problems.put(Field.RECIPIENTS, "The recipients are too long together; at most 1000 characters fit.");
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
