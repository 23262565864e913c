package org.seatkeeper.alerts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@value #OPEN}: the alert episodes open now, acknowledged or not (Prometheus
 * {@code seatkeeper_alerts_open}). The same on every node, since it is read from the database, at most
 * once a second however often it is scraped.
 */
@Component
class AlertMetrics implements MeterBinder {

    static final String OPEN = "seatkeeper.alerts.open";
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final AlertStore store;
    private final Clock clock;
    private Instant readAt;
    private int open;

    AlertMetrics(AlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(OPEN, this, AlertMetrics::open)
                .description("Usage alerts open now")
                .register(registry);
    }

    synchronized double open() {
        Instant now = clock.instant();
        if (readAt == null || readAt.plus(FRESH).isBefore(now)) {
            open = store.openCount();
            readAt = now;
        }
        return open;
    }
}
