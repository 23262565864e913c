package org.seatkeeper.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.PoolNames;

/**
 * An alert episode as the banner and the messages show it.
 *
 * @param id           the episode
 * @param since        when its condition began (the first minute at or above the share, the first refusal)
 * @param clearedAt    when it ended, or null while it is open
 * @param inUse        seats in use at the latest evaluation
 * @param capacity     seats purchased at the latest evaluation
 * @param refusals     sign-ins refused for want of a seat since {@code since} (refusal episodes)
 * @param percent      the rule's share of capacity when raised (high-use episodes)
 * @param minutes      the rule's number of minutes when raised (high-use episodes)
 */
public record OpenAlert(
        long id,
        ConcurrentPool pool,
        AlertKind kind,
        Instant since,
        Instant clearedAt,
        int inUse,
        int capacity,
        int refusals,
        int percent,
        int minutes) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    /** "Full-access at 100% (5 of 5) since 09:12", "3 sign-ins refused for want of a Full-access seat since 09:12". */
    public String sentence(ZoneId zone, Instant now) {
        String from = " since " + time(since, zone, now);
        if (kind == AlertKind.HIGH_USE) {
            int share = capacity == 0 ? 0 : (int) (inUse * 100L / capacity);
            return pool.label() + " at " + share + "% (" + inUse + " of " + capacity + ")" + from;
        }
        return refusals + (refusals == 1 ? " sign-in" : " sign-ins") + " refused for want of a " + pool.label()
                + " seat" + from;
    }

    /** "Full-access back below 90%: 2 of 5 in use (from 09:12)", "Full-access has room again: 3 refused (from 09:12)". */
    public String endSentence(ZoneId zone, Instant now) {
        String from = " (from " + time(since, zone, now) + ")";
        if (kind == AlertKind.HIGH_USE) {
            return pool.label() + " back below " + percent + "%: " + inUse + " of " + capacity + " in use" + from;
        }
        return pool.label() + " has room again: " + refusals + (refusals == 1 ? " sign-in" : " sign-ins")
                + " refused for want of a seat" + from;
    }

    /** What the rule was: "at or above 90% for 5 minutes", "any refusal". */
    public String rule() {
        return kind == AlertKind.HIGH_USE
                ? "At or above " + percent + "% for " + minutes + (minutes == 1 ? " minute" : " minutes")
                : "Any sign-in refused for want of a seat";
    }

    /** Says a bundle key with its arguments in the reader's language: a page's translation or a mail's. */
    @FunctionalInterface
    public interface Words {
        String say(String key, Object... arguments);
    }

    /** {@link #sentence(ZoneId, Instant)} in the reader's language, zone and locale. */
    public String sentence(Words words, ZoneId zone, Locale locale, Instant now) {
        String from = time(since, zone, locale, now);
        String pool = words.say(PoolNames.key(this.pool));
        if (kind == AlertKind.HIGH_USE) {
            int share = capacity == 0 ? 0 : (int) (inUse * 100L / capacity);
            return words.say("alert.high-use", pool, share, inUse, capacity, from);
        }
        return words.say("alert.refusals", refusals, pool, from);
    }

    /** {@link #endSentence(ZoneId, Instant)} in the reader's language, zone and locale. */
    public String endSentence(Words words, ZoneId zone, Locale locale, Instant now) {
        String from = time(since, zone, locale, now);
        String pool = words.say(PoolNames.key(this.pool));
        if (kind == AlertKind.HIGH_USE) {
            return words.say("alert.high-use.ended", pool, percent, inUse, capacity, from);
        }
        return words.say("alert.refusals.ended", pool, refusals, from);
    }

    /** {@link #rule()} in the reader's language. */
    public String rule(Words words) {
        return kind == AlertKind.HIGH_USE
                ? words.say("alert.rule.high-use", percent, minutes)
                : words.say("alert.rule.refusal");
    }

    /** The time of day for today, else the date and time, in the reader's zone and locale. */
    static String time(Instant instant, ZoneId zone, Locale locale, Instant now) {
        ZonedDateTime at = instant.atZone(zone);
        boolean today = at.toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (today
                        ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT))
                .withLocale(locale)
                .format(at);
    }

    static String time(Instant instant, ZoneId zone, Instant now) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        return (day.equals(now.atZone(zone).toLocalDate()) ? TIME : DAY_AND_TIME).format(instant.atZone(zone));
    }
}
