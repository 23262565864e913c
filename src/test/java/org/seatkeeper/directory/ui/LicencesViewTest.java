package org.seatkeeper.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.TestAccounts;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.PoolCapacity;
import org.seatkeeper.directory.PotUsage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class LicencesViewTest extends SpringBrowserlessTest {

    @Autowired
    ScreenFixtures fx;

    @Autowired
    LicencePots licences;

    long documents;

    @BeforeEach
    void scene() {
        fx.reset();
        TestAccounts.ensure(fx.jdbc(), "support-person", "SUPPORT");
        long area = fx.area("Ward 1");
        documents = fx.profile("Documents only", "Full", "Documents");
        fx.user("Reader", "reader", "USER", documents, area, fx.position("P1"), true, true);
        fx.user("Writer", "writer", "USER", documents, area, fx.position("P2"), true, true);
        fx.moduleCapacity("Documents", 4);
    }

    private <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    private PotUsage pot(LicencesView view, String label) {
        return rows(view.pots).stream()
                .filter(p -> p.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void administrators_see_used_capacity_free_and_a_usage_bar_but_change_nothing() {
        fx.poolCapacity(ConcurrentPool.FULL_ACCESS, 1);
        fx.reserved("Reader");
        LicencesView view = navigate(LicencesView.class);

        PotUsage docs = pot(view, "Documents");
        assertThat(docs.inUse()).isEqualTo(2);
        assertThat(docs.capacity()).isEqualTo(4);
        assertThat(docs.free()).isEqualTo(2);
        assertThat(LicencesView.usageBar(docs).label()).isEqualTo("Documents: 2 of 4 used");
        assertThat(LicencesView.usageBar(docs).level()).isEqualTo(org.seatkeeper.shared.UsageLevel.NORMAL);
        assertThat(rows(view.pools))
                .extracting(PoolCapacity::label)
                .containsExactly("Full-access", "View-only", "Reserved");
        assertThat(view.changePot.isVisible()).isFalse();
        assertThat(view.changePool.isVisible()).isFalse();
        assertThat(view.changeAdministratorLimit.isVisible()).isFalse();
        assertThat(view.warning.isVisible()).isTrue();
        assertThat(view.warning.getText())
                .contains("Full-access capacity (1) should be at least the number of" + " reserved users plus one (2)");
        assertThat(view.administrators.getText()).contains("Administrator accounts: 1 of 5 in use");
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void support_changes_a_pot_capacity_only_with_a_reason() {
        LicencesView view = navigate(LicencesView.class);
        view.pots.select(pot(view, "Documents"));
        test(view.changePot).click();
        roundTrip();
        CapacityDialog dialog = view.capacityDialog;

        test(dialog.capacity).setValue(7);
        test(dialog.save).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(fx.moduleCapacityOf("Documents")).isEqualTo(4);

        test(dialog.reason).setValue("Order 4711");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(fx.moduleCapacityOf("Documents")).isEqualTo(7);
        assertThat(pot(view, "Documents").free()).isEqualTo(5);
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void lowering_a_pot_below_its_use_is_refused_listing_who_consumes_it() {
        LicencesView view = navigate(LicencesView.class);
        view.pots.select(pot(view, "Documents"));
        test(view.changePot).click();
        roundTrip();
        CapacityDialog dialog = view.capacityDialog;

        test(dialog.capacity).setValue(1);
        test(dialog.reason).setValue("Contract reduced");
        test(dialog.save).click();

        roundTrip();
        assertThat(dialog.error.getText())
                .contains("Documents: 2 in use")
                .contains("Reader")
                .contains("Writer");
        assertThat($(Notification.class).all())
                .as("the refusal is in the dialog, not also a toast over it")
                .isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(fx.moduleCapacityOf("Documents")).isEqualTo(4);
    }

    @Test
    @WithMockUser(
            username = "support-person",
            roles = {"SUPPORT", "ADMIN", "USER"})
    void support_changes_a_concurrent_pool_and_the_administrator_limit() {
        LicencesView view = navigate(LicencesView.class);
        view.pools.select(rows(view.pools).getFirst());
        test(view.changePool).click();
        roundTrip();
        test(view.capacityDialog.capacity).setValue(9);
        test(view.capacityDialog.reason).setValue("Upgrade");
        test(view.capacityDialog.save).click();
        assertThat(rows(view.pools).getFirst().capacity()).isEqualTo(9);

        test(view.changeAdministratorLimit).click();
        roundTrip();
        test(view.capacityDialog.capacity).setValue(6);
        test(view.capacityDialog.reason).setValue("Sixth administrator granted");
        test(view.capacityDialog.save).click();
        assertThat(licences.administratorLimit()).isEqualTo(6);
        assertThat(view.administrators.getText()).contains("of 6 in use");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "USER"})
    void who_consumes_a_pot_is_listed_by_name() {
        LicencesView view = navigate(LicencesView.class);
        view.pots.select(pot(view, "Documents"));
        test(view.consumers).click();
        roundTrip();

        assertThat(view.consumersDialog.isOpened()).isTrue();
        assertThat(licences.consumers(pot(view, "Documents").potId())).hasSize(2);
    }
}
