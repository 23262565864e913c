package org.seatkeeper.sessions;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.SignInAttempt;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The admission engine's figures for the people who operate it (Prometheus, README "Health and
 * metrics"): seats in use and capacity per pool, live and stale sessions, refused sign-ins by reason;
 * the admission latency is timed by {@link Admissions}. The gauges read the database at most once a
 * second however often they are scraped, and the same figures on every node, since they live in the
 * database.
 */
@Component
class SessionMetrics implements MeterBinder {

    static final String ADMISSION = "seatkeeper.admission";
    static final String SEATS_IN_USE = "seatkeeper.seats.in.use";
    static final String SEATS_CAPACITY = "seatkeeper.seats.capacity";
    static final String SESSIONS = "seatkeeper.sessions.open";
    static final String REFUSALS = "seatkeeper.sign.in.refusals";

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final SeatPools pools;
    private final OpenSessionsReader openSessions;
    private final Clock clock;
    private MeterRegistry registry;
    private Figures figures;

    SessionMetrics(SeatPools pools, OpenSessionsReader openSessions, Clock clock) {
        this.pools = pools;
        this.openSessions = openSessions;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            String name = pool.label().toLowerCase(Locale.ROOT);
            gauge(
                    registry,
                    SEATS_IN_USE,
                    "Seats held now",
                    "pool",
                    name,
                    f -> f.pools().usage(pool).inUse());
            gauge(
                    registry,
                    SEATS_CAPACITY,
                    "Seats purchased",
                    "pool",
                    name,
                    f -> f.pools().usage(pool).capacity());
        }
        gauge(
                registry,
                SESSIONS,
                "Open sessions by whether their tab or client still sends heartbeats",
                "state",
                "live",
                f -> f.live());
        gauge(
                registry,
                SESSIONS,
                "Open sessions by whether their tab or client still sends heartbeats",
                "state",
                "stale",
                f -> f.stale());
    }

    /** Every refused sign-in, portal or API, by its access-log reason ("no seat", "bad password", ...). */
    @EventListener
    void onSignInAttempt(SignInAttempt attempt) {
        if (!attempt.success() && registry != null) {
            String reason = attempt.reason() == null
                    ? "unknown"
                    : attempt.reason()
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-")
                            .replaceAll("(^-|-$)", "");
            registry.counter(REFUSALS, "reason", reason).increment();
        }
    }

    private void gauge(
            MeterRegistry registry,
            String name,
            String description,
            String tag,
            String value,
            ToDoubleFunction<Figures> figure) {
        Gauge.builder(name, this, metrics -> figure.applyAsDouble(metrics.current()))
                .description(description)
                .tag(tag, value)
                .register(registry);
    }

    private synchronized Figures current() {
        Instant now = clock.instant();
        if (figures == null || figures.readAt().plus(FRESH).isBefore(now)) {
            List<OpenSession> open = openSessions.open();
            long live = open.stream().filter(OpenSession::live).count();
            figures = new Figures(now, pools.snapshot(), live, open.size() - live);
        }
        return figures;
    }

    private record Figures(Instant readAt, PoolSnapshot pools, long live, long stale) {}
}
