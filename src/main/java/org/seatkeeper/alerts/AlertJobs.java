package org.seatkeeper.alerts;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The alerts' two timers, on every node. Conditional on {@code seatkeeper.scheduling.enabled} itself, not
 * only through the application's {@code @EnableScheduling}: a library on the class path (Spring Modulith's
 * moments) enables scheduling too, and tests switch jobs off to call them with their own instants.
 */
@Component
@ConditionalOnBooleanProperty(name = "seatkeeper.scheduling.enabled", matchIfMissing = true)
class AlertJobs {

    private final AlertEvaluator evaluator;
    private final AlertDeliveries deliveries;
    private final Clock clock;

    AlertJobs(AlertEvaluator evaluator, AlertDeliveries deliveries, Clock clock) {
        this.evaluator = evaluator;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Evaluates, then sends at once what it raised or cleared. */
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${seatkeeper.alerts.evaluate-every:1m}")
    void evaluate() {
        Instant now = clock.instant();
        evaluator.evaluate(now);
        deliveries.deliverDue(now);
    }

    /** Retries that have come due. */
    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${seatkeeper.alerts.deliver-every:30s}")
    void deliver() {
        deliveries.deliverDue(clock.instant());
    }
}
