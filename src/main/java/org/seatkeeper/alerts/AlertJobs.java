package org.seatkeeper.alerts;

import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The alerts' two timers, on every node, under {@code seatkeeper.scheduling.enabled} like every other job
 * (tests switch jobs off and call the evaluator and deliveries with their own instants).
 */
@Component
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
    @Scheduled(
            initialDelayString = "PT30S",
            fixedDelayString = "${seatkeeper.alerts.evaluate-every:" + AlertSettings.EVALUATE_EVERY + "}")
    void evaluate() {
        Instant now = clock.instant();
        evaluator.evaluate(now);
        deliveries.deliverDue(now);
    }

    /** Retries that have come due. */
    @Scheduled(
            initialDelayString = "PT20S",
            fixedDelayString = "${seatkeeper.alerts.deliver-every:" + AlertSettings.DELIVER_EVERY + "}")
    void deliver() {
        deliveries.deliverDue(clock.instant());
    }
}
