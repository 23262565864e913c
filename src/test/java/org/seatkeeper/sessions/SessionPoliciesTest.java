package org.seatkeeper.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "USER"})
class SessionPoliciesTest {

    @Autowired
    SessionPolicies policies;

    @Test
    void an_administrator_changes_the_settings_and_every_node_reads_the_same() {
        SessionPolicy before = policies.current();

        policies.change(new SessionPolicy(
                Duration.ofSeconds(120), Duration.ofMinutes(45), true, Duration.ofSeconds(90), before.version()));

        SessionPolicy after = policies.current();
        assertThat(after.staleAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(after.idleTimeout()).isEqualTo(Duration.ofMinutes(45));
        assertThat(after.autoTimeoutDisabled()).isTrue();
        assertThat(after.idleWarning()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void a_stale_threshold_shorter_than_three_heartbeats_is_refused() {
        SessionPolicy current = policies.current();

        assertThatThrownBy(() -> policies.change(new SessionPolicy(
                        Duration.ofSeconds(20),
                        current.idleTimeout(),
                        false,
                        current.idleWarning(),
                        current.version())))
                .isInstanceOfSatisfying(
                        SessionPolicyRefusedException.class,
                        refused -> assertThat(refused.setting()).isEqualTo(SessionPolicyLimits.Setting.STALE_AFTER))
                .hasMessageContaining("three heartbeats");
    }

    @Test
    void an_idle_warning_out_of_range_or_not_before_the_timeout_is_refused_naming_the_setting() {
        SessionPolicy current = policies.current();

        assertThatThrownBy(() -> policies.change(new SessionPolicy(
                        current.staleAfter(), Duration.ofMinutes(30), false, Duration.ofSeconds(5), current.version())))
                .isInstanceOfSatisfying(
                        SessionPolicyRefusedException.class,
                        refused -> assertThat(refused.setting()).isEqualTo(SessionPolicyLimits.Setting.IDLE_WARNING))
                .hasMessage("Enter 10 to 600 seconds.");
        assertThatThrownBy(() -> policies.change(new SessionPolicy(
                        current.staleAfter(), Duration.ofMinutes(1), false, Duration.ofSeconds(60), current.version())))
                .isInstanceOf(SessionPolicyRefusedException.class)
                .hasMessageContaining("before the timeout");
        assertThat(policies.current().idleWarning()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_and_nothing_is_lost() {
        SessionPolicy read = policies.current();
        policies.change(new SessionPolicy(
                Duration.ofSeconds(100), read.idleTimeout(), false, read.idleWarning(), read.version()));

        assertThatThrownBy(() -> policies.change(new SessionPolicy(
                        Duration.ofSeconds(200), read.idleTimeout(), false, read.idleWarning(), read.version())))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Someone else");
        assertThat(policies.current().staleAfter()).isEqualTo(Duration.ofSeconds(100));
    }

    @Test
    @WithMockUser(username = "nurse", roles = "USER")
    void users_cannot_change_the_settings() {
        assertThatThrownBy(() -> policies.change(policies.current())).isInstanceOf(AccessDeniedException.class);
    }
}
