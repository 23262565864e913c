package org.seatkeeper.sessions.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.shared.IpAddresses;
import org.seatkeeper.shared.UserAgents;

/** How a session reads in the lists: plain words and figures, never stored codes. */
final class SessionText {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_AND_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private SessionText() {}

    /** "0 s", "42 s", "4 min 12 s", "1 h 3 min", "2 d 5 h". */
    static String duration(long seconds) {
        long s = Math.max(0, seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        if (s < 86_400) {
            return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
        }
        return s / 86_400 + " d" + (s % 86_400 / 3600 == 0 ? "" : " " + s % 86_400 / 3600 + " h");
    }

    /** "09:52" today, "28 Nov 09:52" this year, "28 Nov 2025 09:52" before. */
    static String signedIn(Instant at, Instant now) {
        ZonedDateTime when = at.atZone(ZONE);
        LocalDate today = now.atZone(ZONE).toLocalDate();
        if (when.toLocalDate().equals(today)) {
            return TIME.format(when);
        }
        return when.getYear() == today.getYear() ? DAY_AND_TIME.format(when) : DATE_AND_TIME.format(when);
    }

    /** "Live", "Sign-out asked" (still live: an administrator asked the user to sign out) or "Stale". */
    static String state(OpenSession session) {
        if (session.stale()) {
            return "Stale";
        }
        return session.signOutRequested() ? "Sign-out asked" : "Live";
    }

    /** The CSS class of the state badge. */
    static String stateStyle(OpenSession session) {
        if (session.stale()) {
            return "session-stale";
        }
        return session.signOutRequested() ? "session-asked" : "session-live";
    }

    /** "1 open tab", "no open tab"; empty for a connected application's session, which has no tabs. */
    static String tabs(OpenSession session) {
        Integer tabs = session.openTabs();
        if (tabs == null) {
            return "";
        }
        return switch (tabs) {
            case 0 -> "no open tab";
            case 1 -> "1 open tab";
            default -> tabs + " open tabs";
        };
    }

    /** "Portal", or the connected application's name. */
    static String client(OpenSession session) {
        return ClientDetails.label(session.client());
    }

    /** The connected application's own reference for the session; empty for the portal. */
    static String reference(OpenSession session) {
        return session.reference() == null ? "" : session.reference();
    }

    /** "Chrome 136 on Linux". */
    static String browser(OpenSession session) {
        return UserAgents.describe(session.browser());
    }

    /** "::1", "10.0.0.7"; with the node when the sessions span several ("10.0.0.7 · node-a"). */
    static String address(OpenSession session, boolean withNode) {
        String address = IpAddresses.shortForm(session.ip());
        if (!withNode || session.node() == null) {
            return address;
        }
        return address.isEmpty() ? "node " + session.node() : address + " · node " + session.node();
    }

    /** The tooltip of the browser column: the User-Agent as received and the address as stored. */
    static String browserDetails(OpenSession session) {
        String agent = session.browser() == null ? "No browser reported" : session.browser();
        return agent
                + (session.ip() == null ? "" : "\nAddress: " + session.ip())
                + (session.node() == null ? "" : "\nNode: " + session.node());
    }
}
