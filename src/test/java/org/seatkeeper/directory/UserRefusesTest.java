package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seatkeeper.shared.RefusedException;

/** The user refuses an illegal change itself (restbucks' {@code Order.markPaid()}), without Spring. */
class UserRefusesTest {

    private static final String HASH = "{noop}a-long-password";

    @Test
    void a_user_with_a_username_and_a_login_type_gets_the_password() {
        User ann = user("ann", new LicenceType("Full", true, false, 1));

        ann.givePassword(() -> HASH);

        assertThat(ann.getPasswordHash()).isEqualTo(HASH);
    }

    @Test
    void a_deleted_user_gets_no_password_and_the_password_is_never_hashed() {
        User ann = user("ann", null);
        ann.markDeleted(Instant.parse("2030-01-01T00:00:00Z"));

        assertThatThrownBy(() -> ann.givePassword(() -> {
                    throw new AssertionError("hashed although refused");
                }))
                .hasMessage("Ann Smith is deleted.")
                .satisfies(e -> assertThat(((RefusedException) e).code()).hasValue(DirectoryRefusal.DELETED));
    }

    @Test
    void a_user_without_username_gets_no_password() {
        User ann = user(null, null);

        assertThatThrownBy(() -> ann.givePassword(() -> HASH))
                .hasMessage("Ann Smith has no username; a password needs one.");
        assertThat(ann.getPasswordHash()).isNull();
    }

    @Test
    void a_holder_of_a_login_less_type_gets_no_password() {
        User ann = user("ann", new LicenceType("Train-Records-Only", false, false, 9));

        assertThatThrownBy(() -> ann.givePassword(() -> HASH))
                .hasMessage("Train-Records-Only holders cannot log in, so they get no password.")
                .satisfies(e -> assertThat(((RefusedException) e).arguments()).containsExactly("Train-Records-Only"));
    }

    @Test
    void nobody_changes_their_own_account_in_a_way_that_locks_them_out() {
        User ann = user("ann", null);

        assertThatThrownBy(() -> ann.refuseIfOwnAccountOf("ann", DirectoryRefusal.OWN_ACCOUNT_DELETE))
                .hasMessage("You cannot delete your own account.");
        ann.refuseIfOwnAccountOf("admin", DirectoryRefusal.OWN_ACCOUNT_DELETE);
    }

    @Test
    void a_checked_change_is_applied_whole() {
        User ann = user("ann", null);

        ann.apply(new UserChange(
                new PersonName("Anna", "Smythe"),
                "anna@h.se",
                "anna",
                Role.ADMIN,
                null,
                null,
                null,
                ConcurrentClass.STANDARD,
                null));

        assertThat(ann.getFullName()).isEqualTo("Anna Smythe");
        assertThat(ann.getEmail()).isEqualTo("anna@h.se");
        assertThat(ann.getUsername()).isEqualTo("anna");
        assertThat(ann.getRole()).isEqualTo(Role.ADMIN);
    }

    private static User user(String username, LicenceType type) {
        User u = new User("Ann", "Smith", Role.USER);
        u.apply(new UserChange(
                new PersonName("Ann", "Smith"),
                null,
                username,
                Role.USER,
                type == null ? null : new Profile("Clerk", type, Set.of()),
                null,
                null,
                ConcurrentClass.STANDARD,
                null));
        return u;
    }
}
