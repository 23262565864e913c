package org.seatkeeper.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Times as a person reads them: in their own time zone and their locale's format. The zone is the
 * one they chose in My account, else their browser's, else the server's; the format follows the
 * page's locale (sv-SE: "30 nov. 2026 14:05:09", en-GB: "30 Nov 2026, 14:05:09"). CSV files and the
 * API never use this: they carry ISO 8601 with an offset.
 */
public final class PeopleTime {

    private static final String ZONE = PeopleTime.class.getName() + ".zone";

    private PeopleTime() {}

    /** Remembers for this browser session the zone a person chose; {@code null} goes back to the browser's. */
    public static void useZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZONE, zone);
    }

    /** The zone times are shown in on the current page. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(ZONE) instanceof ZoneId chosen) {
            return chosen;
        }
        return browserZone().orElseGet(ZoneId::systemDefault);
    }

    /** The zone the browser of the current page says it is in, when it has said so. */
    public static Optional<ZoneId> browserZone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /** Date and time to the second, for logs and events. */
    public static String dateTime(Instant instant) {
        return dateTime(instant, zone(), locale());
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** A time of day ("14:05", "2:05 PM"), for times of today in lists. */
    public static String time(Instant instant) {
        return time(instant, zone(), locale());
    }

    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** Date and time to the minute ("30 Nov 2026, 14:05"), for lists where seconds are noise. */
    public static String dateAndMinute(Instant instant) {
        return dateAndMinute(instant, zone(), locale());
    }

    public static String dateAndMinute(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** A calendar date, for valid-until dates and days in reports. */
    public static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(date);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.UK : ui.getLocale();
    }
}
