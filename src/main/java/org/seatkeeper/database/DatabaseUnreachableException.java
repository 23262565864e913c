package org.seatkeeper.database;

/** The configured external database cannot be reached; carries the URL without its query string. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String safeUrl;

    public DatabaseUnreachableException(String url, Throwable cause) {
        super("Cannot connect to " + withoutSecrets(url) + ": " + scrub(rootMessage(cause), url), cause);
        this.safeUrl = withoutSecrets(url);
    }

    public String safeUrl() {
        return safeUrl;
    }

    static String withoutSecrets(String url) {
        String noQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return noQuery.replaceAll("//[^/@]*@", "//");
    }

    /** Drivers echo parts of the URL in their messages; never let a password reach the log. */
    static String scrub(String message, String url) {
        String scrubbed = message;
        java.util.regex.Matcher userInfo =
                java.util.regex.Pattern.compile("//([^/@]*)@").matcher(url);
        if (userInfo.find()) {
            for (String part : userInfo.group(1).split(":")) {
                if (!part.isBlank()) {
                    scrubbed = scrubbed.replace(part, "***");
                }
            }
        }
        java.util.regex.Matcher password =
                java.util.regex.Pattern.compile("password=([^&]*)").matcher(url);
        while (password.find()) {
            if (!password.group(1).isBlank()) {
                scrubbed = scrubbed.replace(password.group(1), "***");
            }
        }
        return scrubbed;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
