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
import com.vaadin.flow.i18n.I18NProvider;
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
    final Button consumers = new Button(getTranslation("licences.consumers"), VaadinIcon.USERS.create());
    final Button changePot = new Button(getTranslation("licences.change-capacity"), VaadinIcon.EDIT.create());
    final Button changePool = new Button(getTranslation("licences.change-capacity"), VaadinIcon.EDIT.create());
    final Button changeAdministratorLimit =
            new Button(getTranslation("licences.change-limit"), VaadinIcon.EDIT.create());
    CapacityDialog capacityDialog;
    Dialog consumersDialog;

    private final LicencePots licences;
    private final boolean support;

    LicencesView(LicencePots licences, AuthenticationContext authentication) {
        this.licences = licences;
        this.support = authentication.hasRole(Roles.SUPPORT);

        pots.addColumn(this::name)
                .setHeader(getTranslation("licences.named-pot"))
                .setAutoWidth(true);
        pots.addColumn(PotUsage::inUse)
                .setHeader(getTranslation("licences.used"))
                .setAutoWidth(true);
        pots.addColumn(PotUsage::capacity)
                .setHeader(getTranslation("overview.pots.capacity"))
                .setAutoWidth(true);
        pots.addColumn(PotUsage::free)
                .setHeader(getTranslation("overview.pots.free"))
                .setAutoWidth(true);
        pots.addComponentColumn(LicencesView::usageBar)
                .setHeader(getTranslation("overview.pots.usage"))
                .setFlexGrow(1);
        pots.setAllRowsVisible(true);
        pots.addSelectionListener(e -> updateActions());

        pools.addColumn(p -> p.kind().phrase().in(this::getTranslation))
                .setHeader(getTranslation("licences.concurrent-pool"))
                .setAutoWidth(true);
        pools.addColumn(PoolCapacity::capacity)
                .setHeader(getTranslation("licences.simultaneous-seats"))
                .setAutoWidth(true);
        pools.setAllRowsVisible(true);
        pools.addSelectionListener(e -> updateActions());

        warning.addClassName("licence-warning");
        consumers.addClickListener(
                e -> pots.getSelectedItems().stream().findFirst().ifPresent(this::showConsumers));
        changePot.addClickListener(e -> pots.getSelectedItems().stream()
                .findFirst()
                .ifPresent(p -> openCapacity(
                        getTranslation("licences.change.pot", name(p)),
                        p.capacity(),
                        (capacity, reason) -> licences.changeCapacity(p.potId(), capacity, reason))));
        changePool.addClickListener(e -> pools.getSelectedItems().stream()
                .findFirst()
                .ifPresent(p -> openCapacity(
                        getTranslation("licences.change.pool", p.kind().phrase().in(this::getTranslation)),
                        p.capacity(),
                        (capacity, reason) -> licences.changePoolCapacity(p.kind(), capacity, reason))));
        changeAdministratorLimit.addClickListener(e -> openCapacity(
                getTranslation("licences.change.administrator-limit"),
                licences.administratorLimit(),
                licences::changeAdministratorLimit));
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
                new H1(getTranslation("menu.licences")),
                new H2(getTranslation("overview.named")),
                new Paragraph(getTranslation("licences.named.intro")),
                potActions,
                pots,
                new H2(getTranslation("users.concurrent-seats")),
                warning,
                changePool,
                pools,
                new H2(getTranslation("licences.administrators")),
                adminLine);
        if (!support) {
            add(new Paragraph(getTranslation("licences.support-only")));
        }
        refresh();
    }

    void refresh() {
        pots.setItems(licences.namedPots());
        pools.setItems(licences.concurrentPools());
        licences.reservedCoverageWarning()
                .ifPresentOrElse(
                        w -> {
                            warning.setText(getTranslation(
                                    "overview.pool-warning", w.phrase().in(this::getTranslation)));
                            warning.setVisible(true);
                        },
                        () -> warning.setVisible(false));
        administrators.setText(getTranslation(
                "licences.administrators.used", licences.administratorsInUse(), licences.administratorLimit()));
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
        consumersDialog.setHeaderTitle(
                getTranslation("licences.consumers.title", name(pot), pot.inUse(), pot.capacity()));
        UnorderedList list = new UnorderedList();
        licences.consumers(pot.potId()).forEach(name -> list.add(new ListItem(name)));
        consumersDialog.add(pot.inUse() == 0 ? new Paragraph(getTranslation("licences.consumers.nobody")) : list);
        consumersDialog.getFooter().add(new Button(getTranslation("form.close"), e -> consumersDialog.close()));
        consumersDialog.open();
    }

    /** The portal's one usage bar, as on the Licence overview: level by the shared rule, in words too. */
    static UsageMeter usageBar(PotUsage pot) {
        return new UsageMeter(pot.name().phrase().in(I18NProvider::translate), pot.inUse(), pot.capacity());
    }

    private String name(PotUsage pot) {
        return pot.name().phrase().in(this::getTranslation);
    }
}
