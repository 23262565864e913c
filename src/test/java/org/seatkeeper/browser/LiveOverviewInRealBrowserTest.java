package org.seatkeeper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.seatkeeper.seats.ApiClients;
import org.seatkeeper.seats.RegisteredClient;
import org.seatkeeper.seats.SeatApi;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.testing.TestPools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Issue 9: the Licence overview and the Access log change in front of the administrator when a
 * connected application takes seats through the seat API: no reload, no Refresh.
 */
class LiveOverviewInRealBrowserTest extends BrowserTest {

    @Autowired
    ApiClients clients;

    @Autowired
    CurrentUser currentUser;

    SeatApi app;

    @BeforeEach
    void threeFullAccessSeatsTwoUsersAndAnApplication() {
        TestPools.set(jdbc, 3, 0, 0);
        users.add("api-ann").named("Ann", "Api").withCredentials().insert();
        users.add("api-bob").named("Bob", "Api").withCredentials().insert();
        RegisteredClient registered = currentUser.runAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                () -> clients.register("Ward app", "Test application", null));
        app = new SeatApi(HttpClient.newHttpClient(), port, registered.token());
    }

    @Test
    void the_overview_and_the_access_log_show_a_sign_in_without_a_reload() {
        signIn(browser, "admin", "admin-test-password");
        await.until(ExpectedConditions.textToBe(By.id("signed-in-user"), "admin"));
        browser.get(url("/overview"));
        await.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("overview-pool-full-access"), "0 of 3 in use"));
        markPage();

        assertThat(app.take("api-ann").status()).isEqualTo(201);

        await.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("overview-pool-full-access"), "1 of 3 in use"));
        await.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("overview-pool-full-access"), "Full-access users (F): 2 remaining"));
        assertThat(pageWasNotReloaded()).isTrue();

        browser.get(url("/access-log"));
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "api-ann"));
        markPage();

        assertThat(app.take("api-bob").status()).isEqualTo(201);

        await.until(ExpectedConditions.textToBe(By.id("access-log-new-entries"), "1 new entry – show"));
        browser.findElement(By.id("access-log-new-entries")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "api-bob"));
        await.until(ExpectedConditions.invisibilityOfElementLocated(By.id("access-log-new-entries")));
        assertThat(pageWasNotReloaded()).isTrue();
    }

    /** Leaves a mark in the page's JavaScript state; a reload would wipe it. */
    private void markPage() {
        ((JavascriptExecutor) browser).executeScript("window.seatkeeperNotReloaded = true;");
    }

    private boolean pageWasNotReloaded() {
        return Boolean.TRUE.equals(
                ((JavascriptExecutor) browser).executeScript("return window.seatkeeperNotReloaded === true;"));
    }
}
