package org.seatkeeper.sessions.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.seatkeeper.sessions.ClientDetails;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.sessions.PoolNames;
import org.seatkeeper.shared.IpAddresses;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;
import org.seatkeeper.shared.UserAgents;
import org.seatkeeper.shared.ui.PeopleTime;

/**
 * How a session reads in the lists: plain words and figures in the reader's language, never stored
 * codes; times in the reader's zone and locale ({@link PeopleTime}).
 */
final class SessionText {

    /** Outside a page (unit tests), the English bundle. */
    private static final Texts ENGLISH = new Texts();

    private SessionText() {}

    /** "0 s", "42 s", "4 min 12 s", "1 h 3 min", "2 d 5 h" (Swedish: "2 d 5 tim"). */
    static String duration(long seconds) {
        long s = Math.max(0, seconds);
        if (s < 60) {
            return words("sessions.duration.seconds", s);
        }
        if (s < 3600) {
            return s % 60 == 0
                    ? words("sessions.duration.minutes", s / 60)
                    : words("sessions.duration.minutes-seconds", s / 60, s % 60);
        }
        if (s < 86_400) {
            return s % 3600 / 60 == 0
                    ? words("sessions.duration.hours", s / 3600)
                    : words("sessions.duration.hours-minutes", s / 3600, s % 3600 / 60);
        }
        return s % 86_400 / 3600 == 0
                ? words("sessions.duration.days", s / 86_400)
                : words("sessions.duration.days-hours", s / 86_400, s % 86_400 / 3600);
    }

    /** The time of day for a sign-in today, else the date and time, in the reader's zone and locale. */
    static String signedIn(Instant at, Instant now) {
        ZoneId zone = PeopleTime.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        return at.atZone(zone).toLocalDate().equals(today) ? PeopleTime.time(at) : PeopleTime.dateAndMinute(at);
    }

    /** "Live", "Sign-out asked" (still live: an administrator asked the user to sign out) or "Stale". */
    static String state(OpenSession session) {
        if (session.stale()) {
            return words("sessions.state.stale");
        }
        return session.signOutRequested() ? words("sessions.state.asked") : words("sessions.state.live");
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
        return tabs == null ? "" : words("sessions.tabs", tabs);
    }

    /** What the session holds: "Full access", "Overflow (view only)". */
    static String seat(OpenSession session) {
        return words(PoolNames.key(session.seat()));
    }

    /** "Portal", or the connected application's name. */
    static String client(OpenSession session) {
        return ClientDetails.PORTAL.equals(session.client())
                ? words("sessions.client.portal")
                : ClientDetails.label(session.client());
    }

    /** The connected application's own reference for the session; empty for the portal. */
    static String reference(OpenSession session) {
        return session.reference() == null ? "" : session.reference();
    }

    /** "Chrome 136 on Linux". */
    static String browser(OpenSession session) {
        return UserAgents.describe(
                session.browser(), (browser, system) -> words("sessions.browser.on", browser, system));
    }

    /** "::1", "10.0.0.7"; with the node when the sessions span several ("10.0.0.7 · node-a"). */
    static String address(OpenSession session, boolean withNode) {
        String address = IpAddresses.shortForm(session.ip());
        if (!withNode || session.node() == null) {
            return address;
        }
        return address.isEmpty()
                ? words("sessions.node", session.node())
                : words("sessions.address-and-node", address, session.node());
    }

    /** The tooltip of the browser column: the User-Agent as received and the address as stored. */
    static String browserDetails(OpenSession session) {
        String agent = session.browser() == null ? words("sessions.browser.none") : session.browser();
        return agent
                + (session.ip() == null ? "" : "\n" + words("sessions.browser.address", session.ip()))
                + (session.node() == null ? "" : "\n" + words("sessions.browser.node", session.node()));
    }

    /** A sentence in the language of the current page, or English outside one. */
    static String words(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? ENGLISH.text(Language.ENGLISH, key, args) : ui.getTranslation(key, args);
    }
}
