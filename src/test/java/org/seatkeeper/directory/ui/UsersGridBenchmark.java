package org.seatkeeper.directory.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.seatkeeper.directory.UserAdministration;
import org.seatkeeper.directory.UserFilter;
import org.seatkeeper.directory.UserStatusFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 3's scale check, run on demand (README "Benchmarks"), never in the suite: loads 100,000 users
 * into the embedded MariaDB and prints p50 / p95 of the users grid's page query (a page of 50 and its
 * count, as the lazy grid asks for them) without a filter (first pages, and any page of the 2,000) and
 * with a keyword filter, and the heap an open
 * users view holds. It prints figures and asserts nothing about time.
 */
@Tag("benchmark")
@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class UsersGridBenchmark extends SpringBrowserlessTest {

    static final int USERS = 100_000;
    static final int ROUNDS = 300;
    static final String[] FIRST = {
        "Anna", "Bengt", "Carla", "David", "Eva", "Filip", "Greta", "Hans", "Ingrid", "Johan", "Karin", "Lars", "Maria",
        "Nils", "Olga", "Per", "Rita", "Sven", "Tove", "Ulf"
    };
    static final String[] LAST = {
        "Andersson",
        "Berg",
        "Carlsson",
        "Dahl",
        "Ek",
        "Fors",
        "Gran",
        "Holm",
        "Isaksson",
        "Jansson",
        "Karlsson",
        "Lind",
        "Magnusson",
        "Nord",
        "Olsson",
        "Persson",
        "Qvist",
        "Ruud",
        "Sandberg",
        "Wik"
    };

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdministration users;

    @Test
    void users_grid_page_queries_on_100000_users() {
        load();
        Random random = new Random(42);
        Sort byName = Sort.by("lastName", "firstName");
        int pages = USERS / 50;

        UserFilter all = new UserFilter(null, UserStatusFilter.ALL, null, null, null);
        List<Long> firstPages = time(() -> {
            users.find(all, PageRequest.of(random.nextInt(20), 50, byName));
            return users.count(all);
        });
        List<Long> anyPage = time(() -> {
            users.find(all, PageRequest.of(random.nextInt(pages), 50, byName));
            return users.count(all);
        });
        List<Long> filtered = time(() -> {
            String keyword = LAST[random.nextInt(LAST.length)] + random.nextInt(10);
            UserFilter filter = new UserFilter(keyword, UserStatusFilter.ALL, null, null, null);
            users.find(filter, PageRequest.of(0, 50, byName));
            return users.count(filter);
        });

        System.out.printf("%nUsers grid on %,d users, page of 50 plus its count, %d rounds each:%n", USERS, ROUNDS);
        System.out.printf(
                "  no filter, first 20 pages   p50 %6.1f ms   p95 %6.1f ms%n", ms(firstPages, 50), ms(firstPages, 95));
        System.out.printf(
                "  no filter, any page         p50 %6.1f ms   p95 %6.1f ms%n", ms(anyPage, 50), ms(anyPage, 95));
        System.out.printf(
                "  keyword filter, first page  p50 %6.1f ms   p95 %6.1f ms%n", ms(filtered, 50), ms(filtered, 95));
        System.out.printf("  heap per open users view: %,d KiB%n%n", heapPerView() / 1024);
    }

    private void load() {
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'bench-%'");
        Random random = new Random(7);
        int batch = 1000;
        for (int start = 0; start < USERS; start += batch) {
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO app_user (first_name, last_name, email, username, role, active) VALUES ");
            List<Object> args = new ArrayList<>();
            for (int i = start; i < start + batch; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)] + i % 10;
                sql.append(i == start ? "" : ",").append("(?, ?, ?, ?, 'USER', ?)");
                args.addAll(Arrays.asList(first, last, "bench-" + i + "@example.org", "bench-" + i, i % 7 != 0));
            }
            jdbc.update(sql.toString(), args.toArray());
        }
        jdbc.execute("ANALYZE TABLE app_user");
    }

    private static List<Long> time(Supplier<Long> query) {
        for (int i = 0; i < 30; i++) {
            query.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            query.get();
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(Long::compare);
        return nanos;
    }

    private static double ms(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }

    /** Opens 20 users views, each with its first page fetched, and divides the heap they hold by 20. */
    private long heapPerView() {
        List<UsersView> open = new ArrayList<>();
        long before = usedHeapAfterGc();
        for (int i = 0; i < 20; i++) {
            UI.getCurrent().navigate("overview");
            UsersView view = navigate(UsersView.class);
            test(view.grid).size();
            open.add(view);
        }
        long after = usedHeapAfterGc();
        return open.isEmpty() ? 0 : Math.max(0, after - before) / open.size();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
