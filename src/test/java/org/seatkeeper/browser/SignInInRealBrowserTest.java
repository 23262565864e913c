package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SignInInRealBrowserTest extends BrowserTest {

    @Test
    void administrator_signs_in_through_the_form_sees_the_layout_and_signs_out() {
        signIn(browser, "admin", "admin-test-password");

        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "admin"));
        assertThat(browser.getCurrentUrl()).endsWith("/overview");
        assertThat(browser.findElement(By.id("main-navigation")).getText())
                .contains("Licence overview", "Installation", "My account");
        assertThat(browser.findElement(By.id("overview-installation")).getText())
                .contains("Version");

        browser.findElement(By.id("sign-out")).click();

        await.until(ExpectedConditions.urlContains("/login"));
        browser.get(url("/installation"));
        await.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        signIn(browser, "admin", "not-the-password");

        await.until(ExpectedConditions.urlContains("error"));
        String form = await.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")))
                .getAttribute("error");
        assertThat(form).isNotNull();
        assertThat(browser.findElement(By.tagName("vaadin-login-form")).getText())
                .contains("Incorrect username or password");
        assertThat(jdbc.queryForObject(
                        "SELECT reason_code FROM access_log WHERE username = 'admin' ORDER BY id DESC LIMIT 1",
                        String.class))
                .isEqualTo("bad-password");
    }
}
