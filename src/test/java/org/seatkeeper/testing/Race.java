package org.seatkeeper.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The one concurrency harness: runs each task on its own real platform thread (or virtual thread, for
 * clients that mostly wait on the network), all released at the same instant once every thread is
 * ready, and collects what each returned or threw. A thread still running after the timeout fails the
 * test rather than hanging the suite.
 */
public final class Race {

    /** Generous for a busy 2-core machine; a race that takes this long is a hang, not a slow machine. */
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private Race() {}

    /** {@code threads} tasks on platform threads, the {@code i}-th made by {@code task.apply(i)}. */
    public static <T> Outcomes<T> run(int threads, IntFunction<Callable<T>> task) {
        return run(tasks(threads, task), Thread.ofPlatform());
    }

    /** The same on virtual threads: many clients waiting on HTTP answers. */
    public static <T> Outcomes<T> runVirtual(int threads, IntFunction<Callable<T>> task) {
        return run(tasks(threads, task), Thread.ofVirtual());
    }

    public static <T> Outcomes<T> run(List<? extends Callable<T>> tasks) {
        return run(tasks, Thread.ofPlatform());
    }

    private static <T> List<Callable<T>> tasks(int threads, IntFunction<Callable<T>> task) {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tasks.add(task.apply(i));
        }
        return tasks;
    }

    private static <T> Outcomes<T> run(List<? extends Callable<T>> tasks, Thread.Builder builder) {
        int n = tasks.size();
        AtomicReferenceArray<Object> results = new AtomicReferenceArray<>(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<T> task = tasks.get(i);
            threads.add(builder.name("race-" + i).start(() -> {
                ready.countDown();
                try {
                    go.await();
                    results.set(index, new Returned(task.call()));
                } catch (Throwable e) {
                    results.set(index, new Threw(e));
                }
            }));
        }
        try {
            if (!ready.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The race's threads did not all start within " + TIMEOUT);
            }
            go.countDown();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            for (Thread thread : threads) {
                if (!thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                    throw new AssertionError("A racing thread was still running after " + TIMEOUT);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while racing", e);
        }
        List<T> values = new ArrayList<>();
        List<Throwable> thrown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object result = results.get(i);
            if (result instanceof Returned returned) {
                @SuppressWarnings("unchecked")
                T value = (T) returned.value();
                values.add(value);
            } else {
                thrown.add(((Threw) result).error());
            }
        }
        return new Outcomes<>(Collections.unmodifiableList(values), Collections.unmodifiableList(thrown));
    }

    private record Returned(Object value) {}

    private record Threw(Throwable error) {}

    /** What the tasks returned (in task order, without those that threw) and what they threw. */
    public record Outcomes<T>(List<T> values, List<Throwable> thrown) {

        /** The exceptions of this type; fails if any task threw something else. */
        public <E extends Throwable> List<E> thrownOnly(Class<E> expected) {
            List<Throwable> unexpected =
                    thrown.stream().filter(e -> !expected.isInstance(e)).toList();
            if (!unexpected.isEmpty()) {
                AssertionError failure = new AssertionError(
                        unexpected.size() + " task(s) failed unexpectedly, first: " + unexpected.getFirst());
                unexpected.forEach(failure::addSuppressed);
                throw failure;
            }
            return thrown.stream().map(expected::cast).toList();
        }

        /** Fails if any task threw. */
        public List<T> allReturned() {
            thrownOnly(NoException.class);
            return values;
        }
    }

    /** Thrown by nothing: {@code thrownOnly(NoException.class)} accepts no exception at all. */
    private static final class NoException extends RuntimeException {}
}
