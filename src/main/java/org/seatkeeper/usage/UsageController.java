package org.seatkeeper.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.ApiProblems;
import org.seatkeeper.shared.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pool's usage history for monitoring and reports: every minute or hour of a period as JSON or CSV,
 * optionally with the what-if estimate of another capacity. The same credentials as the licence usage
 * (administrators over HTTP Basic, connected applications by token); README "Usage history".
 */
@RestController
@Tag(name = "Usage history", description = "Each concurrent pool's peak use, capacity and refusals per minute or hour")
class UsageController {

    static final String CSV = "text/csv";
    private static final String POOLS = "full-access, view-only or reserved";
    private static final String INSTANT_FORMAT =
            "a date (2026-11-30, from midnight UTC) or a date and time with its" + " zone (2026-11-30T08:00:00Z)";

    static final String PROBLEM = "application/problem+json";
    /** The API's one problem shape, documented once by the seat API (shared ApiProblems). */
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    /** Every reason of a 400, as the seat API lists its own: programs may rely on these codes. */
    static final String BAD_PARAMETER = "A bad parameter, named in 'parameter', its value in 'detail': no pool"
            + " (missing-pool), an unknown pool (unknown-pool), a resolution other than minute or hour"
            + " (invalid-resolution), a from or to that is no date (invalid-date), from not before to"
            + " (period-reversed), a period longer than the resolution keeps (period-too-long), a capacity"
            + " that is no whole number from 0 to 100000 (invalid-capacity), a capacity by the hour"
            + " (capacity-needs-minutes)";

    private final UsageHistory history;
    private final Clock clock;
    private final Texts texts;

    UsageController(UsageHistory history, Clock clock, Texts texts) {
        this.history = history;
        this.clock = clock;
        this.texts = texts;
    }

    @GetMapping(path = "/api/v1/usage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A pool's usage history",
            description =
                    "Every minute or hour from 'from' (rounded down) to 'to' (rounded up, never past now): the"
                            + " most seats in use at any moment, the average of the minutes' peaks, the capacity, the minutes"
                            + " at capacity and the sign-ins refused for want of a seat. Minutes are kept 35 days, hours two"
                            + " years. With 'capacity' (by the minute only), the estimate of what that capacity would have done.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The series"),
                @ApiResponse(
                        responseCode = "400",
                        description = BAD_PARAMETER,
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA))),
                @ApiResponse(responseCode = "401", description = "No or wrong credentials"),
                @ApiResponse(responseCode = "403", description = "Credentials without the administrator role")
            })
    UsageReport usage(
            @Parameter(
                            description = "The pool: " + POOLS + " (FULL_ACCESS, VIEW_ONLY, RESERVED also accepted)",
                            example = "full-access",
                            required = true)
                    @RequestParam(required = false)
                    String pool,
            @Parameter(
                            description = "Start, " + INSTANT_FORMAT + "; default 24 hours before 'to'",
                            example = "2026-11-30T08:00:00Z")
                    @RequestParam(required = false)
                    String from,
            @Parameter(
                            description = "End (exclusive), " + INSTANT_FORMAT + "; default now",
                            example = "2026-11-30T12:00:00Z")
                    @RequestParam(required = false)
                    String to,
            @Parameter(
                            description = "minute (at most 7 days) or hour (at most 731 days); default hour",
                            example = "minute")
                    @RequestParam(required = false)
                    String resolution,
            @Parameter(
                            description = "What-if: a capacity to replay the recorded minutes at (resolution=minute)",
                            example = "5")
                    @RequestParam(required = false)
                    String capacity) {
        Query query = Query.parse(pool, from, to, resolution, capacity, clock.instant());
        List<UsagePoint> points = history.series(query.pool(), query.from(), query.to(), query.resolution());
        return UsageReport.of(query, points);
    }

    @GetMapping(path = "/api/v1/usage.csv", produces = CSV)
    @Operation(
            summary = "A pool's usage history as CSV",
            description = "The series of /api/v1/usage as CSV, one line per minute or hour, times in UTC.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The series", content = @Content(mediaType = CSV)),
                @ApiResponse(
                        responseCode = "400",
                        description = BAD_PARAMETER,
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
            })
    void csv(
            @Parameter(description = "As for /api/v1/usage", example = "full-access", required = true)
                    @RequestParam(required = false)
                    String pool,
            @Parameter(description = "As for /api/v1/usage") @RequestParam(required = false) String from,
            @Parameter(description = "As for /api/v1/usage") @RequestParam(required = false) String to,
            @Parameter(description = "As for /api/v1/usage") @RequestParam(required = false) String resolution,
            HttpServletResponse response)
            throws IOException {
        Query query = Query.parse(pool, from, to, resolution, null, clock.instant());
        List<UsagePoint> points = history.series(query.pool(), query.from(), query.to(), query.resolution());
        response.setContentType(CSV + ";charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"usage-" + UsageReport.name(query.pool()) + "-"
                        + UsageReport.name(query.resolution()) + ".csv\"");
        UsageCsv.series(query.pool(), points, response.getWriter());
    }

    /**
     * Every bad parameter in the API's one problem shape, like the seat API's: {@code type}
     * urn:seatkeeper:problem:&lt;reason&gt;, a stable {@code reason}, the {@code parameter}, and a
     * {@code detail} naming the value given, in the language of {@code Accept-Language}.
     */
    @ExceptionHandler(BadUsageParameter.class)
    ProblemDetail badParameter(BadUsageParameter bad, HttpServletRequest request) {
        ProblemDetail problem = ApiProblems.of(
                HttpStatus.BAD_REQUEST,
                bad.reason().code,
                texts.text(ApiProblems.language(request), bad.key(), bad.arguments()));
        problem.setProperty("parameter", bad.parameter());
        return problem;
    }

    /** The parameters, checked: each refusal names its parameter and what it accepts. */
    record Query(ConcurrentPool pool, Instant from, Instant to, Resolution resolution, Integer capacity) {

        static Query parse(String pool, String from, String to, String resolution, String capacity, Instant now) {
            ConcurrentPool chosen = pool(pool);
            Resolution step = resolution(resolution);
            Instant end = to == null || to.isBlank() ? now : instant("to", to);
            Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(1)) : instant("from", from);
            if (!start.isBefore(end)) {
                throw new BadUsageParameter(
                        BadUsageParameter.Reason.PERIOD_REVERSED,
                        "from",
                        "api.problem.usage.from-before-to",
                        start,
                        end);
            }
            Duration longest = step == Resolution.MINUTE ? UsageHistory.LONGEST_MINUTES : UsageHistory.LONGEST_HOURS;
            if (Duration.between(start, end).compareTo(longest) > 0) {
                // In hours rounded up, so the length given is always above the most, never equal to it
                // as whole days rounded down were for a period a few hours too long.
                throw new BadUsageParameter(
                        BadUsageParameter.Reason.PERIOD_TOO_LONG,
                        "to",
                        step == Resolution.MINUTE
                                ? "api.problem.usage.too-long.minute.hours"
                                : "api.problem.usage.too-long.hour.hours",
                        longest.toDays(),
                        longest.toHours(),
                        start,
                        end,
                        hoursRoundedUp(Duration.between(start, end)));
            }
            return new Query(chosen, start, end, step, capacity(capacity, step));
        }

        private static ConcurrentPool pool(String pool) {
            if (pool == null || pool.isBlank()) {
                throw new BadUsageParameter(
                        BadUsageParameter.Reason.MISSING_POOL, "pool", "api.problem.usage.pool-required");
            }
            String key = pool.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            return switch (key) {
                case "FULL_ACCESS", "FULL" -> ConcurrentPool.FULL_ACCESS;
                case "VIEW_ONLY", "VIEWONLY" -> ConcurrentPool.VIEW_ONLY;
                case "RESERVED" -> ConcurrentPool.RESERVED;
                default ->
                    throw new BadUsageParameter(
                            BadUsageParameter.Reason.UNKNOWN_POOL, "pool", "api.problem.usage.pool-unknown", pool);
            };
        }

        private static Resolution resolution(String resolution) {
            if (resolution == null || resolution.isBlank()) {
                return Resolution.HOUR;
            }
            return switch (resolution.strip().toLowerCase(Locale.ROOT)) {
                case "minute" -> Resolution.MINUTE;
                case "hour" -> Resolution.HOUR;
                default ->
                    throw new BadUsageParameter(
                            BadUsageParameter.Reason.INVALID_RESOLUTION,
                            "resolution",
                            "api.problem.usage.resolution",
                            resolution);
            };
        }

        private static Instant instant(String parameter, String value) {
            String text = value.strip();
            try {
                if (text.length() == 10) {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e) {
                throw new BadUsageParameter(
                        BadUsageParameter.Reason.INVALID_DATE,
                        parameter,
                        "api.problem.usage.instant",
                        parameter,
                        value);
            }
        }

        private static long hoursRoundedUp(Duration length) {
            return length.plusHours(1).minusNanos(1).toHours();
        }

        private static Integer capacity(String capacity, Resolution resolution) {
            if (capacity == null || capacity.isBlank()) {
                return null;
            }
            int seats;
            try {
                seats = Integer.parseInt(capacity.strip());
            } catch (NumberFormatException e) {
                seats = -1;
            }
            if (seats < 0 || seats > 100_000) {
                throw new BadUsageParameter(
                        BadUsageParameter.Reason.INVALID_CAPACITY,
                        "capacity",
                        "api.problem.usage.capacity-range",
                        capacity);
            }
            if (resolution != Resolution.MINUTE) {
                throw new BadUsageParameter(
                        BadUsageParameter.Reason.CAPACITY_NEEDS_MINUTES,
                        "capacity",
                        "api.problem.usage.capacity-needs-minute.given",
                        capacity.strip(),
                        UsageReport.name(resolution));
            }
            return seats;
        }
    }

    /** The JSON answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UsageReport(
            String pool,
            String poolName,
            String resolution,
            Instant from,
            Instant to,
            Summary summary,
            List<Point> points,
            WhatIfAnswer whatIf) {

        static UsageReport of(Query query, List<UsagePoint> points) {
            Instant from = points.isEmpty() ? query.from() : points.getFirst().start();
            Instant to = points.isEmpty()
                    ? query.from()
                    : points.getLast().start().plus(query.resolution().step());
            Summary summary = new Summary(
                    points.stream().mapToInt(UsagePoint::peakInUse).max().orElse(0),
                    UsageSeries.round(points.stream()
                            .mapToDouble(UsagePoint::averageInUse)
                            .average()
                            .orElse(0)),
                    points.stream().mapToInt(UsagePoint::minutesAtCapacity).sum(),
                    points.stream().mapToInt(UsagePoint::denials).sum());
            WhatIfAnswer whatIf =
                    query.capacity() == null ? null : WhatIfAnswer.of(WhatIf.estimate(points, query.capacity()));
            return new UsageReport(
                    query.pool().name(),
                    query.pool().label(),
                    name(query.resolution()),
                    from,
                    to,
                    summary,
                    points.stream().map(Point::of).toList(),
                    whatIf);
        }

        static String name(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    record Summary(int peakInUse, double averageInUse, int minutesAtCapacity, int denials) {}

    record Point(Instant start, int peakInUse, double averageInUse, int capacity, int minutesAtCapacity, int denials) {
        static Point of(UsagePoint p) {
            return new Point(
                    p.start(), p.peakInUse(), p.averageInUse(), p.capacity(), p.minutesAtCapacity(), p.denials());
        }
    }

    record WhatIfAnswer(
            int capacity,
            long estimatedDenials,
            long estimatedMinutesAtCapacity,
            long recordedDenials,
            long recordedMinutesAtCapacity,
            String method) {
        static WhatIfAnswer of(WhatIf.Estimate estimate) {
            return new WhatIfAnswer(
                    estimate.capacity(),
                    estimate.refusals(),
                    estimate.minutesAtCapacity(),
                    estimate.recordedRefusals(),
                    estimate.recordedMinutesAtCapacity(),
                    "Replays the recorded minutes: refusals less the seats left free at each peak, people above the"
                            + " capacity refused once; those refused are assumed not to come back later.");
        }
    }
}
