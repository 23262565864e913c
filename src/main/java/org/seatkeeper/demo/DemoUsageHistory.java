package org.seatkeeper.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.SignInAttempt;
import org.seatkeeper.usage.PotDay;
import org.seatkeeper.usage.UsageBackfill;
import org.seatkeeper.usage.UsagePoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/**
 * Ninety days of plausible usage history for Hospital A, so the Usage view tells a story on first start:
 * quiet nights and weekends, working-day peaks with a lunch dip, a few days when Full-access and
 * View-only were full and sign-ins were refused (each with its "no seat" row in the access log), the
 * named pots filling up slowly. Written up to last midnight, never over recorded history: nothing
 * happens when any pool already has history from before today, so a restart adds nothing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "seatkeeper.demo-data", havingValue = "true")
class DemoUsageHistory implements ApplicationRunner {

    static final int DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(DemoUsageHistory.class);
    /** Days (before today) when a pool was busier than its capacity. */
    private static final Set<Integer> FULL_ACCESS_BUSY = Set.of(2, 6, 13, 27, 41, 63, 84);

    private static final Set<Integer> VIEW_ONLY_BUSY = Set.of(9, 48);

    private final UsageBackfill backfill;
    private final SeatPools pools;
    private final LicencePots pots;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoUsageHistory(
            UsageBackfill backfill,
            SeatPools pools,
            LicencePots pots,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.backfill = backfill;
        this.pools = pools;
        this.pots = pots;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        DemoDataLoader.ACTOR,
                        null,
                        AuthorityUtils.createAuthorityList(
                                "ROLE_" + Roles.SUPPORT, "ROLE_" + Roles.ADMIN, "ROLE_" + Roles.USER)),
                () -> {
                    load();
                    return null;
                });
    }

    /** Writes the history unless there is some from before today already; returns whether it wrote. */
    boolean load() {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        if (backfill.recordedBefore(today.atStartOfDay(zone).toInstant())) {
            log.info("Usage history is already there; no demo history written");
            return false;
        }
        Random random = new Random(15);
        int refusals = 0;
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            int capacity = pools.snapshot().usage(pool).capacity();
            List<UsagePoint> minutes = new ArrayList<>();
            for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
                minutes.addAll(day(pool, capacity, today.minusDays(daysAgo), daysAgo, zone, random));
            }
            backfill.minutes(pool, minutes);
            refusals += logRefusals(pool, minutes, random);
        }
        backfill.potDays(potDays(today, random));
        log.info("Demo usage history written: {} days, {} refused sign-ins", DAYS, refusals);
        return true;
    }

    /** One day of a pool, minute by minute: demand drifts towards the day's shape, above capacity it is refused. */
    private static List<UsagePoint> day(
            ConcurrentPool pool, int capacity, LocalDate date, int daysAgo, ZoneId zone, Random random) {
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        double level = switch (pool) {
            case FULL_ACCESS ->
                FULL_ACCESS_BUSY.contains(daysAgo) ? capacity + 1.5 : capacity * (0.45 + 0.4 * random.nextDouble());
            case VIEW_ONLY ->
                VIEW_ONLY_BUSY.contains(daysAgo) ? capacity + 1.0 : capacity * (0.3 + 0.4 * random.nextDouble());
            case RESERVED -> random.nextDouble() < 0.6 ? capacity : 0;
        };
        if (weekend) {
            level = random.nextDouble() < 0.3 ? 1 : 0;
        }
        List<UsagePoint> minutes = new ArrayList<>();
        int demand = 0;
        ZonedDateTime end = date.plusDays(1).atStartOfDay(zone);
        for (ZonedDateTime at = date.atStartOfDay(zone); at.isBefore(end); at = at.plusMinutes(1)) {
            double hour = at.getHour() + at.getMinute() / 60.0;
            int target = (int)
                    Math.max(0, Math.round(level * shape(hour) + (shape(hour) > 0 ? random.nextGaussian() * 0.5 : 0)));
            if (random.nextDouble() < 0.08 && demand != target) {
                demand += Integer.signum(target - demand);
            } else if (shape(hour) == 0) {
                demand = 0;
            }
            int peak = Math.min(demand, capacity);
            int refused = demand > capacity && random.nextDouble() < 0.03 * (demand - capacity) ? 1 : 0;
            minutes.add(new UsagePoint(at.toInstant(), peak, peak, capacity, 0, refused));
        }
        return minutes;
    }

    /** Share of the day's level in use at this local hour: a morning ramp, a lunch dip, home by six. */
    static double shape(double hour) {
        if (hour < 7.5 || hour >= 18) {
            return 0;
        }
        if (hour < 9) {
            return (hour - 7.5) / 1.5;
        }
        if (hour >= 12 && hour < 13) {
            return 0.7;
        }
        if (hour >= 16) {
            return (18 - hour) / 2;
        }
        return 1;
    }

    /** A "no seat" row in the access log for each refusal, by one of the pool's demo users. */
    private int logRefusals(ConcurrentPool pool, List<UsagePoint> minutes, Random random) {
        List<String> people = switch (pool) {
            case FULL_ACCESS -> List.of("full4", "full5", "full6");
            case VIEW_ONLY -> List.of("view4", "view5");
            case RESERVED -> List.of("reserved1");
        };
        int count = 0;
        for (UsagePoint minute : minutes) {
            for (int i = 0; i < minute.denials(); i++) {
                events.publishEvent(new SignInAttempt(
                        people.get(random.nextInt(people.size())),
                        minute.start().plusSeconds(random.nextInt(60)),
                        "10.20.0." + (10 + random.nextInt(40)),
                        false,
                        "no seat",
                        "Chrome 142 on Windows",
                        "Portal"));
                count++;
            }
        }
        return count;
    }

    /** Each named pot filling slowly over the days up to what it holds now, never above its capacity. */
    private List<PotDay> potDays(LocalDate today, Random random) {
        List<PotDay> days = new ArrayList<>();
        for (PotUsage pot : pots.namedPots()) {
            for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
                double share = 0.85 + 0.15 * (DAYS - daysAgo) / (DAYS - 1.0);
                int consumption = (int) Math.round(pot.inUse() * share + random.nextGaussian());
                days.add(new PotDay(
                        today.minusDays(daysAgo),
                        pot.potId(),
                        pot.scope().name(),
                        pot.label(),
                        Math.clamp(consumption, 0, Math.max(pot.capacity(), 0)),
                        pot.capacity()));
            }
        }
        return days;
    }
}
