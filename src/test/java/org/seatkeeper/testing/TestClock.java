package org.seatkeeper.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move by hand. It starts at the real current second, so that rows written under it are
 * never far from the database's own clock, and no test depends on a date that will one day be past.
 * {@code @Import(TestClock.Configuration.class)} makes it the application's clock; tests importing it
 * with otherwise equal settings share one context, so each test sets it in {@code @BeforeEach}.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(thisSecond());

    /** Back to the real current second. */
    public Instant reset() {
        Instant start = thisSecond();
        now.set(start);
        return start;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    private static Instant thisSecond() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Replaces the application's clock with a {@link TestClock}. Deliberately not a
     * {@code @Configuration}: component scanning must never pick it up for contexts that tests start
     * themselves (TwoNodesTest), whose nodes need the real clock.
     */
    public static class Configuration {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
