package org.seatkeeper.testing;

import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.SeatkeeperApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a Seatkeeper node of a test's own (two nodes on one database, an application on a database of
 * its own), with command-line arguments, because they override application.properties as an operator's
 * would.
 * <p>
 * A node that fails to start says why in the exception's message, down to the root cause: CI shows only
 * the first line of a failed test's exception ("Unable to start web server" once, with no cause and no
 * report files to read).
 */
public final class TestNodes {

    private TestNodes() {}

    public static ConfigurableApplicationContext start(String... arguments) {
        try {
            return new SpringApplicationBuilder(SeatkeeperApplication.class).run(arguments);
        } catch (RuntimeException | Error failed) {
            throw new IllegalStateException("The node did not start: " + causes(failed), failed);
        }
    }

    /** "Outer: message <- Cause: message <- ..." on one line. */
    static String causes(Throwable failed) {
        List<String> chain = new ArrayList<>();
        for (Throwable cause = failed; cause != null && chain.size() < 8; cause = cause.getCause()) {
            chain.add(cause.getClass().getSimpleName() + ": "
                    + String.valueOf(cause.getMessage()).replaceAll("\\s+", " "));
            if (cause.getCause() == cause) {
                break;
            }
        }
        return String.join(" <- ", chain);
    }
}
