package org.seatkeeper.sessions;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The allowed range of each session setting, in one place: the settings form shows the ranges beside
 * its fields and checks them before saving, and {@link SessionPolicies} enforces the same.
 *
 * @param heartbeatInterval how often each open tab sends a heartbeat; a session may miss two before it
 *                          counts as stale
 */
public record SessionPolicyLimits(Duration heartbeatInterval) {

    /** The settings, in the order the form shows them. */
    public enum Setting {
        STALE_AFTER,
        IDLE_TIMEOUT,
        IDLE_WARNING
    }

    static final int HEARTBEATS_PER_STALE_PERIOD = 3;
    public static final long STALE_MAX_SECONDS = 3600;
    public static final long IDLE_MIN_MINUTES = 1;
    public static final long IDLE_MAX_MINUTES = 24 * 60;
    public static final long WARNING_MIN_SECONDS = 10;
    public static final long WARNING_MAX_SECONDS = 600;

    public long staleMinSeconds() {
        return heartbeatInterval.toSeconds() * HEARTBEATS_PER_STALE_PERIOD;
    }

    /** The least value of a setting, in its unit (seconds, or minutes for the idle timeout). */
    public long least(Setting setting) {
        return switch (setting) {
            case STALE_AFTER -> staleMinSeconds();
            case IDLE_TIMEOUT -> IDLE_MIN_MINUTES;
            case IDLE_WARNING -> WARNING_MIN_SECONDS;
        };
    }

    /** The most a setting may be, in its unit. */
    public long most(Setting setting) {
        return switch (setting) {
            case STALE_AFTER -> STALE_MAX_SECONDS;
            case IDLE_TIMEOUT -> IDLE_MAX_MINUTES;
            case IDLE_WARNING -> WARNING_MAX_SECONDS;
        };
    }

    /** "45 to 3600 seconds", in English (the form says it in the reader's language). */
    public String range(Setting setting) {
        return switch (setting) {
            case STALE_AFTER -> staleMinSeconds() + " to " + STALE_MAX_SECONDS + " seconds";
            case IDLE_TIMEOUT -> IDLE_MIN_MINUTES + " to " + IDLE_MAX_MINUTES + " minutes";
            case IDLE_WARNING -> WARNING_MIN_SECONDS + " to " + WARNING_MAX_SECONDS + " seconds";
        };
    }

    /** What is wrong with each setting, in the form's order, in English; empty when every value is allowed. */
    public Map<Setting, String> problems(SessionPolicy policy) {
        Map<Setting, String> problems = new EnumMap<>(Setting.class);
        refusals(policy).forEach((setting, refused) -> problems.put(setting, refused.getMessage()));
        return problems;
    }

    /** What is wrong with each setting as refusals with their figures, in the form's order. */
    public Map<Setting, SessionPolicyRefusedException> refusals(SessionPolicy policy) {
        Map<Setting, SessionPolicyRefusedException> problems = new EnumMap<>(Setting.class);
        Duration stale = policy.staleAfter();
        if (stale == null || stale.toSeconds() < staleMinSeconds() || stale.toSeconds() > STALE_MAX_SECONDS) {
            problems.put(
                    Setting.STALE_AFTER,
                    new SessionPolicyRefusedException(
                            Setting.STALE_AFTER,
                            SessionRefusal.STALE_AFTER_RANGE,
                            staleMinSeconds(),
                            STALE_MAX_SECONDS,
                            heartbeatInterval.toSeconds()));
        }
        Duration idle = policy.idleTimeout();
        if (idle == null || idle.toMinutes() < IDLE_MIN_MINUTES || idle.toMinutes() > IDLE_MAX_MINUTES) {
            problems.put(
                    Setting.IDLE_TIMEOUT,
                    new SessionPolicyRefusedException(
                            Setting.IDLE_TIMEOUT,
                            SessionRefusal.IDLE_TIMEOUT_RANGE,
                            IDLE_MIN_MINUTES,
                            IDLE_MAX_MINUTES));
        }
        Duration warning = policy.idleWarning();
        if (warning == null || warning.toSeconds() < WARNING_MIN_SECONDS || warning.toSeconds() > WARNING_MAX_SECONDS) {
            problems.put(
                    Setting.IDLE_WARNING,
                    new SessionPolicyRefusedException(
                            Setting.IDLE_WARNING,
                            SessionRefusal.IDLE_WARNING_RANGE,
                            WARNING_MIN_SECONDS,
                            WARNING_MAX_SECONDS));
        } else if (idle != null && warning.compareTo(idle) >= 0) {
            problems.put(
                    Setting.IDLE_WARNING,
                    new SessionPolicyRefusedException(
                            Setting.IDLE_WARNING, SessionRefusal.WARNING_AFTER_TIMEOUT, idle.toSeconds()));
        }
        return problems;
    }
}
