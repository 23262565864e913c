package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** Rule 1 under real concurrency: administrators on parallel threads cannot both take the last licence. */
@SpringBootTest
class ConcurrentAllocationTest {

    @Autowired
    CurrentUser currentUser;

    static final int THREADS = 8;
    static final int CAPACITY = 3;

    @Autowired
    DirectoryFixtures fx;

    @Autowired
    UserAdministration users;

    long area;
    long documents;

    @BeforeEach
    void scene() {
        fx.roomyPots();
        area = fx.area("Ward 1");
        documents = fx.profile("Documents only", "Full", "Documents");
        fx.capacity(fx.modulePot("Documents"), CAPACITY);
    }

    @Test
    void parallel_creations_never_put_more_users_on_a_pot_than_its_capacity() throws Exception {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            UserData d = new UserData(
                    "Pat",
                    "racer" + i,
                    "racer" + i + "@example.org",
                    "racer" + i,
                    Role.USER,
                    documents,
                    area,
                    fx.position("Racer " + i),
                    ConcurrentClass.STANDARD,
                    null);
            tasks.add(() -> users.create(d, DirectoryFixtures.PASSWORD));
        }
        List<Object> outcomes = race(tasks);

        assertThat(outcomes.stream().filter(o -> o instanceof Long)).hasSize(CAPACITY);
        assertThat(outcomes.stream().filter(o -> o instanceof RefusedException))
                .hasSize(THREADS - CAPACITY)
                .allSatisfy(e -> assertThat(((RefusedException) e).getMessage()).contains("Documents: 3 of 3 in use"));
        assertThat(fx.jdbc()
                        .queryForObject("SELECT COUNT(*) FROM app_user WHERE username LIKE 'racer%'", Integer.class))
                .isEqualTo(CAPACITY);
    }

    @Test
    void parallel_activations_never_put_more_users_on_a_pot_than_its_capacity() throws Exception {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long id = fx.user("sleeper" + i, Role.USER, documents, area, false, true);
            tasks.add(() -> {
                users.activate(id);
                return id;
            });
        }
        List<Object> outcomes = race(tasks);

        assertThat(outcomes.stream().filter(o -> o instanceof Long)).hasSize(CAPACITY);
        assertThat(fx.jdbc()
                        .queryForObject(
                                "SELECT COUNT(*) FROM app_user WHERE username LIKE 'sleeper%'" + " AND active = TRUE",
                                Integer.class))
                .isEqualTo(CAPACITY);
    }

    /** Starts all tasks at once, each as a different signed-in administrator; returns results or exceptions. */
    private List<Object> race(List<Callable<Long>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            for (int i = 0; i < tasks.size(); i++) {
                Callable<Long> task = tasks.get(i);
                String admin = "admin-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return currentUser.runAs(
                            UsernamePasswordAuthenticationToken.authenticated(
                                    admin, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_USER")),
                            () -> {
                                try {
                                    return (Object) task.call();
                                } catch (RefusedException e) {
                                    return e;
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            });
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        }
    }
}
