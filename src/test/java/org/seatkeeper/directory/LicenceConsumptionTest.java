package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule 2 and rule 6 as pure functions, without Spring or a database. */
class LicenceConsumptionTest {

    static final long FULL = 1;
    static final long RECORDS = 3;
    static final long AUDITOR = 8;
    static final long DOCS = 2;
    static final long CASES = 1;

    private static LicenceConsumption.Holding user(
            long type, boolean canLogIn, boolean free, boolean credentials, Long... modules) {
        return new LicenceConsumption.Holding(
                false, true, Role.USER, type, canLogIn, free, credentials, Set.of(modules));
    }

    @Test
    void a_signed_in_user_consumes_active_users_their_type_and_each_module() {
        assertThat(LicenceConsumption.consumedBy(user(FULL, true, false, true, DOCS, CASES)))
                .containsExactlyInAnyOrder(
                        PotKey.ACTIVE_USERS, PotKey.type(FULL), PotKey.module(DOCS), PotKey.module(CASES));
    }

    @Test
    void without_credentials_a_login_type_consumes_nothing() {
        assertThat(LicenceConsumption.consumedBy(user(FULL, true, false, false, DOCS)))
                .isEmpty();
    }

    @Test
    void a_login_less_type_consumes_only_its_own_type_pot() {
        assertThat(LicenceConsumption.consumedBy(user(RECORDS, false, false, false, DOCS)))
                .containsExactly(PotKey.type(RECORDS));
    }

    @Test
    void a_free_type_consumes_nothing() {
        assertThat(LicenceConsumption.consumedBy(user(AUDITOR, true, true, true, DOCS)))
                .isEmpty();
    }

    @Test
    void inactive_deleted_and_administrator_accounts_consume_nothing() {
        assertThat(LicenceConsumption.consumedBy(
                        new LicenceConsumption.Holding(false, false, Role.USER, FULL, true, false, true, Set.of(DOCS))))
                .isEmpty();
        assertThat(LicenceConsumption.consumedBy(
                        new LicenceConsumption.Holding(true, true, Role.USER, FULL, true, false, true, Set.of(DOCS))))
                .isEmpty();
        assertThat(LicenceConsumption.consumedBy(
                        new LicenceConsumption.Holding(false, true, Role.ADMIN, null, false, false, true, Set.of())))
                .isEmpty();
    }

    @Test
    void additions_count_only_what_a_change_newly_takes() {
        var before = user(FULL, true, false, true, DOCS);
        var after = user(FULL, true, false, true, DOCS, CASES);
        Map<PotKey, Integer> delta = PotLedger.additions(List.of(before, before), List.of(after, after));
        assertThat(delta).containsEntry(PotKey.module(CASES), 2).containsEntry(PotKey.module(DOCS), 0);
    }

    @Test
    void pot_keys_survive_a_round_trip_through_their_text_form() {
        assertThat(PotKey.parse(PotKey.module(12).key())).isEqualTo(PotKey.module(12));
        assertThat(PotKey.parse(PotKey.type(3).key())).isEqualTo(PotKey.type(3));
        assertThat(PotKey.parse("ACTIVE_USERS")).isEqualTo(PotKey.ACTIVE_USERS);
    }

    @Test
    void a_login_is_refused_when_inactive_login_less_or_past_valid_until() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        LoginAccount ok = new LoginAccount(1, "u", "h", Role.USER, true, today, "U", true, ConcurrentClass.STANDARD);
        assertThat(ok.refusalOn(today)).isEmpty();
        assertThat(ok.refusalOn(today.plusDays(1))).contains("account valid until 2026-11-22");
        assertThat(new LoginAccount(1, "u", "h", Role.USER, false, null, "U", true, ConcurrentClass.STANDARD)
                        .refusalOn(today))
                .contains("account inactive");
        assertThat(new LoginAccount(1, "u", "h", Role.USER, true, null, "U", false, ConcurrentClass.STANDARD)
                        .refusalOn(today))
                .contains("licence type has no login");
        assertThat(new LoginAccount(1, "a", "h", Role.ADMIN, true, null, "A", true, ConcurrentClass.STANDARD).exempt())
                .isTrue();
    }
}
