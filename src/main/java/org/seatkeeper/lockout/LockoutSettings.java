package org.seatkeeper.lockout;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How sign-ins are protected against password guessing (docs/decisions/0018-brute-force-protection.md),
 * and the rules that follow from it, free of Spring and the database.
 *
 * @param accountFailures after this many failed sign-ins in a row with one username, it is locked
 * @param firstWait       how long the first lock lasts; each further lock lasts twice the one before
 * @param longestWait     no lock lasts longer
 * @param forgetAfter     failures older than this, with no lock running, no longer count
 * @param addressFailures after this many failed sign-ins from one address within the window, whatever
 *                        the usernames, that address is paused
 * @param addressWindow   the window in which an address's failures are counted
 * @param addressWait     how long an address is paused
 * @param version         for optimistic locking of the settings form
 */
public record LockoutSettings(
        int accountFailures,
        Duration firstWait,
        Duration longestWait,
        Duration forgetAfter,
        int addressFailures,
        Duration addressWindow,
        Duration addressWait,
        long version) {

    /** The settings, in the order the form shows them. */
    public enum Setting {
        ACCOUNT_FAILURES,
        FIRST_WAIT,
        LONGEST_WAIT,
        FORGET_AFTER,
        ADDRESS_FAILURES,
        ADDRESS_WINDOW,
        ADDRESS_WAIT
    }

    static final int MAX_FAILURES = 100;
    static final long MAX_WAIT_SECONDS = 24 * 3600;
    static final long MAX_MINUTES = 7 * 24 * 60;
    /** Doubling beyond this many locks changes nothing any setting allows (2^20 seconds is 12 days). */
    static final int MAX_DOUBLINGS = 20;

    /** "1 to 100 failed sign-ins": what the form shows beside each field. */
    public static String range(Setting setting) {
        return switch (setting) {
            case ACCOUNT_FAILURES, ADDRESS_FAILURES -> "1 to " + MAX_FAILURES + " failed sign-ins";
            case FIRST_WAIT, LONGEST_WAIT, ADDRESS_WAIT -> "1 to " + MAX_WAIT_SECONDS + " seconds";
            case FORGET_AFTER, ADDRESS_WINDOW -> "1 to " + MAX_MINUTES + " minutes";
        };
    }

    /** What is wrong with each setting, in the form's order, in English; empty when every value is allowed. */
    public Map<Setting, String> problems() {
        Map<Setting, String> problems = new EnumMap<>(Setting.class);
        refusals().forEach((setting, refused) -> problems.put(setting, refused.getMessage()));
        return problems;
    }

    /** What is wrong with each setting as refusals with their figures, in the form's order. */
    public Map<Setting, LockoutSettingsRefusedException> refusals() {
        Map<Setting, LockoutSettingsRefusedException> problems = new EnumMap<>(Setting.class);
        count(problems, Setting.ACCOUNT_FAILURES, accountFailures);
        seconds(problems, Setting.FIRST_WAIT, firstWait);
        seconds(problems, Setting.LONGEST_WAIT, longestWait);
        if (!problems.containsKey(Setting.FIRST_WAIT)
                && !problems.containsKey(Setting.LONGEST_WAIT)
                && longestWait.compareTo(firstWait) < 0) {
            problems.put(
                    Setting.LONGEST_WAIT,
                    new LockoutSettingsRefusedException(
                            Setting.LONGEST_WAIT, LockoutRefusal.LONGEST_BELOW_FIRST, firstWait.toSeconds()));
        }
        minutes(problems, Setting.FORGET_AFTER, forgetAfter);
        count(problems, Setting.ADDRESS_FAILURES, addressFailures);
        minutes(problems, Setting.ADDRESS_WINDOW, addressWindow);
        seconds(problems, Setting.ADDRESS_WAIT, addressWait);
        return problems;
    }

    /** The most a setting may be: failed sign-ins, seconds or minutes as the setting counts (the least is 1). */
    public static long most(Setting setting) {
        return switch (setting) {
            case ACCOUNT_FAILURES, ADDRESS_FAILURES -> MAX_FAILURES;
            case FIRST_WAIT, LONGEST_WAIT, ADDRESS_WAIT -> MAX_WAIT_SECONDS;
            case FORGET_AFTER, ADDRESS_WINDOW -> MAX_MINUTES;
        };
    }

    /**
     * The lock that the {@code failures}-th failure in a row starts, if any: every {@code accountFailures}-th
     * failure locks the name, the first time for {@link #firstWait}, then twice as long each time, at most
     * {@link #longestWait}.
     */
    public Optional<Duration> lockAfter(int failures) {
        if (failures <= 0 || failures % accountFailures != 0) {
            return Optional.empty();
        }
        int doublings = Math.min(failures / accountFailures - 1, MAX_DOUBLINGS);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return Optional.of(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }

    /** Whether the {@code failures}-th failure from one address within the window pauses it. */
    public boolean pausesAddress(int failures) {
        return failures >= addressFailures;
    }

    /** The settings as the administration log shows them before and after a change. */
    String describe() {
        return "lock after " + accountFailures + " failures, first lock " + firstWait.toSeconds() + " s, longest "
                + longestWait.toSeconds() + " s, failures forgotten after " + forgetAfter.toMinutes()
                + " min\naddress paused after " + addressFailures + " failures in " + addressWindow.toMinutes()
                + " min, for " + addressWait.toSeconds() + " s";
    }

    private static void count(Map<Setting, LockoutSettingsRefusedException> problems, Setting setting, int value) {
        if (value < 1 || value > MAX_FAILURES) {
            problems.put(
                    setting,
                    new LockoutSettingsRefusedException(setting, LockoutRefusal.FAILURES_RANGE, 1, MAX_FAILURES));
        }
    }

    private static void seconds(
            Map<Setting, LockoutSettingsRefusedException> problems, Setting setting, Duration value) {
        if (value == null || value.toSeconds() < 1 || value.toSeconds() > MAX_WAIT_SECONDS) {
            problems.put(
                    setting,
                    new LockoutSettingsRefusedException(setting, LockoutRefusal.SECONDS_RANGE, 1, MAX_WAIT_SECONDS));
        }
    }

    private static void minutes(
            Map<Setting, LockoutSettingsRefusedException> problems, Setting setting, Duration value) {
        if (value == null || value.toMinutes() < 1 || value.toMinutes() > MAX_MINUTES) {
            problems.put(
                    setting,
                    new LockoutSettingsRefusedException(setting, LockoutRefusal.MINUTES_RANGE, 1, MAX_MINUTES));
        }
    }
}
