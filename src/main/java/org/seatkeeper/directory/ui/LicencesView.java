package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.PoolCapacity;
import org.seatkeeper.directory.PotUsage;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.UsageMeter;

/**
 * The purchased licences. Administrators see them; only support staff change a figure, always
 * with a reason. Consumption is computed from the users, never typed in.
 */
@Route("licences")
@Menu(title = "menu.licences", order = 30, icon = "vaadin:diploma")
@RolesAllowed(Roles.ADMIN)
class LicencesView extends VerticalLayout {

    final Grid<PotUsage> pots = new Grid<>();
    final Grid<PoolCapacity> pools = new Grid<>();
    final Div warning = new Div();
    final Span administrators = new Span();
    final Button consumers = new Button("Who consumes it", VaadinIcon.USERS.create());
    final Button changePot = new Button("Change capacity…", VaadinIcon.EDIT.create());
    final Button changePool = new Button("Change capacity…", VaadinIcon.EDIT.create());
    final Button changeAdministratorLimit = new Button("Change limit…", VaadinIcon.EDIT.create());
    CapacityDialog capacityDialog;
    Dialog consumersDialog;

    private final LicencePots licences;
    private final boolean support;

    LicencesView(LicencePots licences, AuthenticationContext authentication) {
        this.licences = licences;
        this.support = authentication.hasRole(Roles.SUPPORT);

        pots.addColumn(PotUsage::label).setHeader("Named pot").setAutoWidth(true);
        pots.addColumn(PotUsage::inUse).setHeader("Used").setAutoWidth(true);
        pots.addColumn(PotUsage::capacity).setHeader("Capacity").setAutoWidth(true);
        pots.addColumn(PotUsage::free).setHeader("Free").setAutoWidth(true);
        pots.addComponentColumn(LicencesView::usageBar).setHeader("Usage").setFlexGrow(1);
        pots.setAllRowsVisible(true);
        pots.addSelectionListener(e -> updateActions());

        pools.addColumn(PoolCapacity::label).setHeader("Concurrent pool").setAutoWidth(true);
        pools.addColumn(PoolCapacity::capacity).setHeader("Simultaneous seats").setAutoWidth(true);
        pools.setAllRowsVisible(true);
        pools.addSelectionListener(e -> updateActions());

        warning.addClassName("licence-warning");
        consumers.addClickListener(
                e -> pots.getSelectedItems().stream().findFirst().ifPresent(this::showConsumers));
        changePot.addClickListener(e -> pots.getSelectedItems().stream()
                .findFirst()
                .ifPresent(p -> openCapacity(
                        "the " + p.label() + " pot",
                        p.capacity(),
                        (capacity, reason) -> licences.changeCapacity(p.potId(), capacity, reason))));
        changePool.addClickListener(e -> pools.getSelectedItems().stream()
                .findFirst()
                .ifPresent(p -> openCapacity(
                        "the " + p.label() + " pool",
                        p.capacity(),
                        (capacity, reason) -> licences.changePoolCapacity(p.kind(), capacity, reason))));
        changeAdministratorLimit.addClickListener(e -> openCapacity(
                "the administrator account limit", licences.administratorLimit(), licences::changeAdministratorLimit));
        changePot.setId("change-pot-capacity");
        changePool.setId("change-pool-capacity");
        changeAdministratorLimit.setId("change-administrator-limit");
        changePot.setVisible(support);
        changePool.setVisible(support);
        changeAdministratorLimit.setVisible(support);

        HorizontalLayout potActions = new HorizontalLayout(consumers, changePot);
        HorizontalLayout adminLine = new HorizontalLayout(administrators, changeAdministratorLimit);
        adminLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H1("Licences"),
                new H2("Named licences"),
                new Paragraph("Counted from the users: active users with login credentials consume one licence "
                        + "per module of their profile and one of their licence type."),
                potActions,
                pots,
                new H2("Concurrent seats"),
                warning,
                changePool,
                pools,
                new H2("Administrator accounts"),
                adminLine);
        if (!support) {
            add(new Paragraph("Only support staff change purchased figures. Contact support to buy more."));
        }
        refresh();
    }

    void refresh() {
        pots.setItems(licences.namedPots());
        pools.setItems(licences.concurrentPools());
        licences.reservedCoverageWarning()
                .ifPresentOrElse(
                        w -> {
                            warning.setText("Warning: " + w.message());
                            warning.setVisible(true);
                        },
                        () -> warning.setVisible(false));
        administrators.setText("Administrator accounts: " + licences.administratorsInUse() + " of "
                + licences.administratorLimit() + " in use (free, not counted in the pots)");
        updateActions();
    }

    private void updateActions() {
        boolean pot = !pots.getSelectedItems().isEmpty();
        consumers.setEnabled(pot);
        changePot.setEnabled(pot);
        changePool.setEnabled(!pools.getSelectedItems().isEmpty());
    }

    private void openCapacity(String what, int current, CapacityDialog.Change change) {
        capacityDialog = new CapacityDialog(what, current, change, this::refresh);
        capacityDialog.open();
    }

    private void showConsumers(PotUsage pot) {
        consumersDialog = new Dialog();
        consumersDialog.setHeaderTitle(pot.label() + ": " + pot.inUse() + " of " + pot.capacity() + " in use");
        UnorderedList list = new UnorderedList();
        licences.consumers(pot.potId()).forEach(name -> list.add(new ListItem(name)));
        consumersDialog.add(pot.inUse() == 0 ? new Paragraph("Nobody consumes this pot.") : list);
        consumersDialog.getFooter().add(new Button("Close", e -> consumersDialog.close()));
        consumersDialog.open();
    }

    /** The portal's one usage bar, as on the Licence overview: level by the shared rule, in words too. */
    static UsageMeter usageBar(PotUsage pot) {
        return new UsageMeter(pot.label(), pot.inUse(), pot.capacity());
    }
}
