package org.seatkeeper.seats;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of {@link SeatApiBenchmark}, run in a JVM of its own so that its work is not
 * charged to the server's process. It depends on the JDK alone. It reads one command per line on
 * standard input, runs that phase against the server over HTTP/1.1 keep-alive connections, and answers
 * with one {@code RESULT key=value ...} line; {@code MARK name} lines say when a measured window
 * starts and ends, so the benchmark can read the server's CPU time at those moments.
 */
public final class SeatLoadGenerator {

    private static final Pattern SEAT_ID = Pattern.compile("\"seatId\"\\s*:\\s*(\\d+)");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private SeatLoadGenerator(int port) {
        this.base = "http://localhost:" + port;
    }

    public static void main(String[] args) throws Exception {
        SeatLoadGenerator generator = new SeatLoadGenerator(Integer.parseInt(args[0]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        say("READY");
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> command = parse(line);
            try {
                Map<String, Object> result = switch (command.get("phase")) {
                    case "floor" -> generator.floor(command);
                    case "cycles" -> generator.cycles(command);
                    case "open" -> generator.openLoop(command);
                    case "heartbeats" -> generator.heartbeats(command);
                    case "signin" -> generator.signIns(command);
                    case "quit" -> null;
                    default -> throw new IllegalArgumentException("Unknown phase " + command.get("phase"));
                };
                if (result == null) {
                    return;
                }
                StringBuilder out = new StringBuilder("RESULT");
                result.forEach(
                        (key, value) -> out.append(' ').append(key).append('=').append(value));
                say(out.toString());
            } catch (Exception e) {
                say("FAILED " + e.toString().replace('\n', ' '));
            }
        }
    }

    /** Requests without a token, answered 401 by the security filter before any database work. */
    private Map<String, Object> floor(Map<String, String> c) throws Exception {
        int clients = integer(c, "clients");
        HttpRequest request = request("/api/v1/seats/1", null).GET().build();
        closedLoop(clients, seconds(c, "warmup"), () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
        mark("floor-start");
        AtomicLong answered = new AtomicLong();
        AtomicLong other = new AtomicLong();
        long took = closedLoop(clients, seconds(c, "seconds"), () -> {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            (status == 401 ? answered : other).incrementAndGet();
        });
        mark("floor-end");
        return Map.of("requests", answered.get(), "other", other.get(), "nanos", took);
    }

    /**
     * Closed loop: each client takes a seat for its own user and releases it at once if granted, again
     * and again. Only cycles begun inside the window are counted; every client finishes its cycle.
     */
    private Map<String, Object> cycles(Map<String, String> c) throws Exception {
        String token = c.get("token");
        int clients = integer(c, "clients");
        String users = c.get("users");
        closedLoopPerClient(clients, seconds(c, "warmup"), i -> cycle(token, users + "-" + i, null, null));
        Outcomes outcomes = new Outcomes();
        mark("cycles-start");
        long took =
                closedLoopPerClient(clients, seconds(c, "seconds"), i -> cycle(token, users + "-" + i, null, outcomes));
        mark("cycles-end");
        return outcomes.report(took);
    }

    /**
     * Open loop at a fixed arrival rate: cycle n is due at start + n / rate whatever happened before,
     * and a take's latency runs from that due time (no coordinated omission). Every {@code refusedEvery}-th
     * cycle is a view-only user, for whom no seat exists, so refusals are measured too.
     */
    private Map<String, Object> openLoop(Map<String, String> c) throws Exception {
        String token = c.get("token");
        double rate = Double.parseDouble(c.get("rate"));
        int refusedEvery = integer(c, "refusedEvery");
        ConcurrentLinkedQueue<String> granted = users(c.get("users"), integer(c, "count"));
        ConcurrentLinkedQueue<String> refused = users(c.get("refusedUsers"), integer(c, "refusedCount"));
        openLoopRun(
                rate,
                seconds(c, "warmup"),
                (n, due) -> cycleOf(token, n % refusedEvery == 0 ? refused : granted, null, due));
        Outcomes outcomes = new Outcomes();
        mark("open-start");
        long took = openLoopRun(
                rate,
                seconds(c, "seconds"),
                (n, due) -> cycleOf(token, n % refusedEvery == 0 ? refused : granted, outcomes, due));
        mark("open-end");
        return outcomes.report(took);
    }

    /**
     * Takes {@code seats} seats at seats/interval a second (open loop), then renews each every
     * {@code interval} seconds after its grant for {@code seconds}, while {@code admitRate} take-and-release
     * cycles a second run beside; then releases every seat.
     */
    private Map<String, Object> heartbeats(Map<String, String> c) throws Exception {
        String token = c.get("token");
        int seats = integer(c, "seats");
        Duration interval = seconds(c, "interval");
        double takeRate = seats / (double) interval.toSeconds();
        String users = c.get("users");
        long[] seatIds = new long[seats];
        long[] grantedAt = new long[seats];
        AtomicLong takeFailures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        openLoopRun(takeRate, seats, (n, due) -> {
            int i = (int) n;
            HttpResponse<String> reply = take(token, users + "-" + i);
            if (reply.statusCode() == 201) {
                seatIds[i] = seatId(reply);
                grantedAt[i] = System.nanoTime();
            } else {
                takeFailures.incrementAndGet();
                firstFailure.compareAndSet(null, reply.statusCode() + " " + reply.body());
            }
        });
        Integer[] order = new Integer[seats];
        for (int i = 0; i < seats; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(grantedAt[a], grantedAt[b]));
        long first = Arrays.stream(grantedAt).filter(t -> t > 0).min().orElse(System.nanoTime());
        long windowStart = first + interval.toNanos();
        long windowEnd = windowStart + seconds(c, "seconds").toNanos();
        // The schedule: every seat at its grant time plus whole intervals, inside the window, in time order.
        List<long[]> renewals = new ArrayList<>();
        for (long round = 1; first + (round - 1) * interval.toNanos() < windowEnd; round++) {
            for (int i : order) {
                long due = grantedAt[i] + round * interval.toNanos();
                if (seatIds[i] > 0 && due >= windowStart && due < windowEnd) {
                    renewals.add(new long[] {due, i});
                }
            }
        }
        renewals.sort((a, b) -> Long.compare(a[0], b[0]));
        Latencies renewed = new Latencies();
        AtomicLong notRenewed = new AtomicLong();
        AtomicReference<String> firstNotRenewed = new AtomicReference<>();
        Outcomes admissions = new Outcomes();
        ConcurrentLinkedQueue<String> cycleUsers = users(c.get("cycleUsers"), integer(c, "cycleCount"));
        double admitRate = Double.parseDouble(c.get("admitRate"));
        long admissionsDue = (long) (seconds(c, "seconds").toSeconds() * admitRate);
        try (ExecutorService work = Executors.newVirtualThreadPerTaskExecutor()) {
            waitUntil(windowStart);
            mark("heartbeats-start");
            Thread admitting = Thread.ofPlatform().start(() -> {
                for (long n = 0; n < admissionsDue; n++) {
                    long due = windowStart + (long) (n * 1e9 / admitRate);
                    waitUntil(due);
                    work.submit(() -> {
                        cycleOf(token, cycleUsers, admissions, due);
                        return null;
                    });
                }
            });
            for (long[] renewal : renewals) {
                long due = renewal[0];
                long seatId = seatIds[(int) renewal[1]];
                waitUntil(due);
                work.submit(() -> {
                    HttpResponse<String> reply = send(request("/api/v1/seats/" + seatId + "/heartbeat", token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"acted\":false}"))
                            .build());
                    renewed.add(System.nanoTime() - due);
                    if (reply.statusCode() != 200) {
                        notRenewed.incrementAndGet();
                        firstNotRenewed.compareAndSet(null, reply.statusCode() + " " + reply.body());
                    }
                    return null;
                });
            }
            admitting.join();
        }
        mark("heartbeats-end");
        long measured = System.nanoTime() - windowStart;
        AtomicLong releaseFailures = new AtomicLong();
        ConcurrentLinkedQueue<Long> toRelease = new ConcurrentLinkedQueue<>();
        Arrays.stream(seatIds).filter(id -> id > 0).forEach(toRelease::add);
        closedLoopUntilEmpty(64, toRelease, id -> {
            if (send(request("/api/v1/seats/" + id, token).DELETE().build()).statusCode() != 204) {
                releaseFailures.incrementAndGet();
            }
        });
        Map<String, Object> result = new HashMap<>();
        result.put("seats", seats - takeFailures.get());
        result.put("takeFailures", takeFailures.get());
        result.put("firstTakeFailure", quoted(firstFailure.get()));
        result.put("renewals", renewed.count());
        result.put("notRenewed", notRenewed.get());
        result.put("firstNotRenewed", quoted(firstNotRenewed.get()));
        result.put("renewal", renewed.summary());
        result.put("releaseFailures", releaseFailures.get());
        result.put("nanos", measured);
        admissions.report(measured).forEach((key, value) -> result.put("admit" + key, value));
        return result;
    }

    /**
     * Password sign-ins through the portal's login form (POST /login with username and password), each
     * client signing in users one after another. Signing out needs the CSRF token of a rendered page, so
     * the benchmark ends these sessions in the server afterwards, as an expired browser session does.
     */
    private Map<String, Object> signIns(Map<String, String> c) throws Exception {
        int clients = integer(c, "clients");
        String password = c.get("password");
        ConcurrentLinkedQueue<String> users = users(c.get("users"), integer(c, "count"));
        AtomicLong signedIn = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        Latencies latencies = new Latencies();
        Outcome signIn = () -> {
            String user = users.poll();
            if (user == null) {
                throw new IllegalStateException("Ran out of users for sign-ins");
            }
            long before = System.nanoTime();
            HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                                    + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                    .build());
            latencies.add(System.nanoTime() - before);
            String location = reply.headers().firstValue("Location").orElse("");
            String cookie = reply.headers().firstValue("Set-Cookie").orElse("");
            if (reply.statusCode() == 302 && !location.contains("error") && cookie.startsWith("JSESSIONID=")) {
                signedIn.incrementAndGet();
            } else {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, reply.statusCode() + " " + location + " " + reply.body());
            }
        };
        closedLoop(clients, seconds(c, "warmup"), signIn);
        long warmedUp = signedIn.get();
        mark("signin-start");
        long took = closedLoop(clients, seconds(c, "seconds"), signIn);
        mark("signin-end");
        long measured = signedIn.get() - warmedUp;
        Map<String, Object> result = new HashMap<>();
        result.put("signIns", measured);
        result.put("failed", failed.get());
        result.put("firstFailure", quoted(firstFailure.get()));
        result.put("latency", latencies.summary());
        result.put("nanos", took);
        return result;
    }

    private void cycle(String token, String user, Long dueNanos, Outcomes outcomes) {
        long due = dueNanos == null ? System.nanoTime() : dueNanos;
        HttpResponse<String> reply = take(token, user);
        long latency = System.nanoTime() - due;
        if (reply.statusCode() == 201) {
            HttpResponse<String> released = send(
                    request("/api/v1/seats/" + seatId(reply), token).DELETE().build());
            if (outcomes != null) {
                outcomes.granted(
                        latency,
                        released.statusCode() == 204
                                ? null
                                : "release: " + released.statusCode() + " " + released.body());
            }
        } else if (outcomes != null) {
            outcomes.refused(
                    latency,
                    reply.statusCode() == 503 && reply.body().contains("no-seat")
                            ? null
                            : "take: " + reply.statusCode() + " " + reply.body());
        }
    }

    /** A cycle for a user who holds no seat now; the user goes back to the queue afterwards. */
    private void cycleOf(String token, ConcurrentLinkedQueue<String> users, Outcomes outcomes, long due) {
        String user = users.poll();
        if (user == null) {
            if (outcomes != null) {
                outcomes.unexpected("no free user: the generator ran out of users");
            }
            return;
        }
        try {
            cycle(token, user, due, outcomes);
        } finally {
            users.add(user);
        }
    }

    private HttpResponse<String> take(String token, String user) {
        return send(request("/api/v1/seats", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"reference\":\"bench-" + user
                        + "\",\"ip\":\"10.1.2.3\",\"browser\":\"Load generator\"}"))
                .build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long seatId(HttpResponse<String> reply) {
        Matcher matcher = SEAT_ID.matcher(reply.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No seatId in " + reply.body());
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Runs the work in a loop on each of {@code clients} threads for the duration; returns the nanoseconds taken. */
    private static long closedLoop(int clients, Duration duration, Outcome work) throws Exception {
        return closedLoopPerClient(clients, duration, i -> work.run());
    }

    private static long closedLoopPerClient(int clients, Duration duration, PerClient work) throws Exception {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                int client = i;
                pool.submit(() -> {
                    go.await();
                    while (System.nanoTime() < end && failure.get() == null) {
                        try {
                            work.run(client);
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                    return null;
                });
            }
            go.countDown();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return System.nanoTime() - start;
    }

    private static <T> void closedLoopUntilEmpty(int clients, ConcurrentLinkedQueue<T> items, Each<T> work)
            throws Exception {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    for (T item; (item = items.poll()) != null; ) {
                        work.accept(item);
                    }
                    return null;
                });
            }
        }
    }

    /** Starts task n at start + n / rate for the duration, each on its own virtual thread. */
    private static long openLoopRun(double rate, Duration duration, Scheduled task) {
        return openLoopRun(rate, (long) (duration.toNanos() / 1e9 * rate), task);
    }

    private static long openLoopRun(double rate, long tasks, Scheduled task) {
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long n = 0; n < tasks; n++) {
                long due = start + (long) (n * 1e9 / rate);
                waitUntil(due);
                long number = n;
                pool.submit(() -> {
                    task.run(number, due);
                    return null;
                });
            }
        }
        return System.nanoTime() - start;
    }

    private static void waitUntil(long nanoTime) {
        for (long left; (left = nanoTime - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(left);
        }
    }

    private static ConcurrentLinkedQueue<String> users(String prefix, int count) {
        ConcurrentLinkedQueue<String> users = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < count; i++) {
            users.add(prefix + "-" + i);
        }
        return users;
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> command = new HashMap<>();
        String[] words = line.trim().split("\\s+");
        command.put("phase", words[0]);
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            command.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        return command;
    }

    private static int integer(Map<String, String> command, String key) {
        return Integer.parseInt(command.get(key));
    }

    private static Duration seconds(Map<String, String> command, String key) {
        return Duration.ofMillis((long) (Double.parseDouble(command.get(key)) * 1000));
    }

    private static String quoted(String text) {
        return text == null ? "-" : "\"" + text.replace('"', '\'').replace(' ', '_') + "\"";
    }

    private static void mark(String name) {
        say("MARK " + name);
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    @FunctionalInterface
    private interface Outcome {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface PerClient {
        void run(int client) throws Exception;
    }

    @FunctionalInterface
    private interface Each<T> {
        void accept(T item) throws Exception;
    }

    @FunctionalInterface
    private interface Scheduled {
        void run(long n, long due) throws Exception;
    }

    /** Granted and refused takes, each with its latencies, and anything unexpected. */
    private static final class Outcomes {
        final Latencies granted = new Latencies();
        final Latencies refused = new Latencies();
        final AtomicLong unexpected = new AtomicLong();
        final AtomicReference<String> firstUnexpected = new AtomicReference<>();

        void granted(long nanos, String problem) {
            granted.add(nanos);
            if (problem != null) {
                unexpected(problem);
            }
        }

        void refused(long nanos, String problem) {
            refused.add(nanos);
            if (problem != null) {
                unexpected(problem);
            }
        }

        void unexpected(String problem) {
            unexpected.incrementAndGet();
            firstUnexpected.compareAndSet(null, problem);
        }

        Map<String, Object> report(long nanos) {
            Map<String, Object> result = new HashMap<>();
            result.put("Granted", granted.count());
            result.put("Refused", refused.count());
            result.put("Unexpected", unexpected.get());
            result.put("FirstUnexpected", quoted(firstUnexpected.get()));
            result.put("GrantedLatency", granted.summary());
            result.put("RefusedLatency", refused.summary());
            result.put("Nanos", nanos);
            return result;
        }
    }

    /** Latencies in nanoseconds, kept whole. */
    private static final class Latencies {
        private long[] values = new long[1 << 16];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long count() {
            return size;
        }

        /** "p50/p95/p99/max" in milliseconds. */
        synchronized String summary() {
            if (size == 0) {
                return "-";
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return String.format(
                    Locale.ROOT,
                    "%.2f/%.2f/%.2f/%.2f",
                    at(sorted, 50),
                    at(sorted, 95),
                    at(sorted, 99),
                    sorted[size - 1] / 1e6);
        }

        private static double at(long[] sorted, double percentile) {
            int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }
}
