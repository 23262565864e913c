package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "pat.me", roles = "USER")
class MyAccountViewTest extends SpringBrowserlessTest {

    @Autowired
    ScreenFixtures fx;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void scene() {
        fx.reset();
        long area = fx.area("Ward 1");
        long profile = fx.profile("Docs and cases", "Full", "Documents", "Cases");
        fx.user("Me", "pat.me", "USER", profile, area, fx.position("Nurse 1"), true, true);
    }

    private String storedHash() {
        return fx.jdbc().queryForObject("SELECT password_hash FROM app_user WHERE username = 'pat.me'", String.class);
    }

    @Test
    void a_user_sees_their_details_profile_modules_and_licence_type() {
        MyAccountView view = navigate(MyAccountView.class);

        assertThat(view.name.getText()).isEqualTo("Pat Me");
        assertThat(view.username.getText()).isEqualTo("pat.me");
        assertThat(view.profile.getText()).isEqualTo("Docs and cases");
        assertThat(view.licenceType.getText()).isEqualTo("Full");
        assertThat(view.modules.getText()).contains("Documents").contains("Cases");
        assertThat(view.businessArea.getText()).isEqualTo("Ward 1 unit / Ward 1");
        assertThat(view.position.getText()).isEqualTo("Nurse 1");
    }

    @Test
    void the_new_password_must_be_long_enough_and_repeated() {
        MyAccountView view = navigate(MyAccountView.class);
        test(view.currentPassword).setValue(ScreenFixtures.PASSWORD);
        test(view.newPassword).setValue("short");
        test(view.repeatPassword).setValue("short");
        test(view.changePassword).click();
        assertThat(view.newPassword.isInvalid()).isTrue();

        test(view.newPassword).setValue("a-much-better-password");
        test(view.repeatPassword).setValue("a-much-better-passwort");
        test(view.changePassword).click();
        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(encoder.matches(ScreenFixtures.PASSWORD, storedHash())).isTrue();
    }

    private MyAccountView changeWithAWrongCurrentPassword() {
        MyAccountView view = navigate(MyAccountView.class);
        test(view.currentPassword).setValue("not-my-password");
        test(view.newPassword).setValue("a-much-better-password");
        test(view.repeatPassword).setValue("a-much-better-password");

        test(view.changePassword).click();

        roundTrip();
        return view;
    }

    @Test
    void a_wrong_current_password_is_refused_next_to_the_field() {
        MyAccountView view = changeWithAWrongCurrentPassword();

        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not correct.");
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat($(Notification.class).all())
                .as("the refusal is on the field, not also a toast")
                .isEmpty();
        assertThat(encoder.matches(ScreenFixtures.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void a_swedish_reader_reads_the_refusal_in_swedish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv-SE"));
        MyAccountView view = changeWithAWrongCurrentPassword();

        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Det nuvarande lösenordet är inte rätt.");
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getLabel()).isEqualTo("Nuvarande lösenord");
        assertThat(view.changePassword.getText()).isEqualTo("Byt lösenord");
        assertThat(view.getElement().getTextRecursively()).contains("Mitt konto", "Verksamhetsområde", "Befattning");
    }

    @Test
    void the_password_is_changed_with_the_right_current_one() {
        MyAccountView view = navigate(MyAccountView.class);
        test(view.currentPassword).setValue(ScreenFixtures.PASSWORD);
        test(view.newPassword).setValue("a-much-better-password");
        test(view.repeatPassword).setValue("a-much-better-password");

        test(view.changePassword).click();

        assertThat(encoder.matches("a-much-better-password", storedHash())).isTrue();
        assertThat(view.currentPassword.getValue()).isEmpty();
    }
}
