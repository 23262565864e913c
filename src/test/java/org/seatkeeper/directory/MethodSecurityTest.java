package org.seatkeeper.directory;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Users may not administer; administrators may not do what only support staff may. */
@SpringBootTest
class MethodSecurityTest {

    @Autowired
    DirectoryFixtures fx;

    @Autowired
    UserAdministration users;

    @Autowired
    ProfileAdministration profiles;

    @Autowired
    LicencePots pots;

    @Autowired
    SetupLists setup;

    @Autowired
    MyAccountService myAccount;

    @Test
    @WithMockUser(username = "someone", roles = "USER")
    void a_user_is_refused_on_every_administrative_service() {
        assertThatThrownBy(() -> users.find(UserFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.deactivate(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pots.namedPots()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setup.positions()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "alice", roles = "ADMIN")
    void an_administrator_is_refused_on_support_only_commands() {
        long pot = fx.modulePot("Documents");
        assertThatThrownBy(() -> pots.changeCapacity(pot, 50, "more")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pots.changePoolCapacity(org.seatkeeper.directory.ConcurrentPool.FULL_ACCESS, 9, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pots.changeAdministratorLimit(9, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setup.createModule("Risk")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setup.createLicenceType("Premium", true, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatNoException().isThrownBy(() -> pots.namedPots());
    }

    @Test
    @WithMockUser(
            username = "vendor",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void support_may_add_a_module_which_brings_an_empty_pot() {
        setup.createModule("Risk");
        org.assertj.core.api.Assertions.assertThat(pots.namedPots()).anySatisfy(p -> {
            org.assertj.core.api.Assertions.assertThat(p.label()).isEqualTo("Risk");
            org.assertj.core.api.Assertions.assertThat(p.capacity()).isZero();
        });
    }

    @Test
    void nobody_signed_in_is_refused_even_on_my_account() {
        assertThatThrownBy(() -> myAccount.current())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    @WithMockUser(username = "changer", roles = "USER")
    void a_user_changes_their_own_password_after_giving_the_current_one() {
        long area = fx.area("Ward");
        long profile = fx.profile("Plain", "Full");
        fx.user("changer", Role.USER, profile, area, true, true);

        assertThatThrownBy(() -> myAccount.changePassword("wrong-password", "a-new-long-password"))
                .hasMessageContaining("current password is not correct");
        myAccount.changePassword(DirectoryFixtures.PASSWORD, "a-new-long-password");
        assertThatThrownBy(() -> myAccount.changePassword(DirectoryFixtures.PASSWORD, "another-long-password"))
                .hasMessageContaining("current password is not correct");
    }
}
