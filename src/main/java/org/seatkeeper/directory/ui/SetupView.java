package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.seatkeeper.directory.BusinessAreaRow;
import org.seatkeeper.directory.LicenceTypeRow;
import org.seatkeeper.directory.ModuleRow;
import org.seatkeeper.directory.PositionRow;
import org.seatkeeper.directory.SetupLists;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.Confirmations;
import org.seatkeeper.shared.ui.Toasts;

/**
 * The setup lists of seed 003: unique positions (disabled, never deleted, once used), business
 * areas in two levels, and the licensed modules and licence types (which only support adds).
 */
@Route("setup")
@Menu(title = "menu.setup-lists", order = 40, icon = "vaadin:list")
@RolesAllowed(Roles.ADMIN)
class SetupView extends VerticalLayout {

    final TabSheet tabs = new TabSheet();

    final Grid<PositionRow> positions = new Grid<>();
    final TextField newPosition = new TextField();
    final Button addPosition = new Button(getTranslation("setup.positions.add"), VaadinIcon.PLUS.create());
    final Button renamePosition = new Button(getTranslation("setup.rename"));
    final Button togglePosition = new Button(getTranslation("setup.disable"));
    final Button deletePosition = new Button(getTranslation("users.delete"), VaadinIcon.TRASH.create());

    final Grid<BusinessAreaRow> areas = new Grid<>();
    final TextField newPrimary = new TextField();
    final Button addPrimary = new Button(getTranslation("setup.areas.add-primary"), VaadinIcon.PLUS.create());
    final TextField newSecondary = new TextField();
    final Button addSecondary = new Button(getTranslation("setup.areas.add-secondary"), VaadinIcon.PLUS.create());
    final Button renameArea = new Button(getTranslation("setup.rename"));
    final Button toggleArea = new Button(getTranslation("setup.disable"));
    final Button deleteArea = new Button(getTranslation("users.delete"), VaadinIcon.TRASH.create());

    final Grid<ModuleRow> modules = new Grid<>();
    final TextField newModule = new TextField();
    final Button addModule = new Button(getTranslation("setup.modules.add"), VaadinIcon.PLUS.create());

    final Grid<LicenceTypeRow> types = new Grid<>();
    final TextField newType = new TextField();
    final Checkbox newTypeCanLogIn = new Checkbox(getTranslation("setup.types.can-log-in.new"), true);
    final Checkbox newTypeFree = new Checkbox(getTranslation("setup.types.free.new"));
    final Button addType = new Button(getTranslation("setup.types.add"), VaadinIcon.PLUS.create());

    RenameDialog renameDialog;
    ConfirmDialog confirmDelete;

    private final SetupLists setup;
    private final boolean support;

    SetupView(SetupLists setup, AuthenticationContext authentication) {
        this.setup = setup;
        this.support = authentication.hasRole(Roles.SUPPORT);
        setSizeFull();
        tabs.add(getTranslation("setup.positions"), positionsTab());
        tabs.add(getTranslation("setup.areas"), areasTab());
        tabs.add(getTranslation("profiles.modules"), modulesTab());
        tabs.add(getTranslation("setup.types"), typesTab());
        tabs.setSizeFull();
        tabs.addAttachListener(e -> withoutFocusableScroller(tabs));
        add(new H1(getTranslation("menu.setup-lists")), tabs);
        expand(tabs);
        refresh();
    }

    /**
     * Vaadin's tab strip keeps an internal scroller with tabindex -1 inside its tablist, which a screen
     * reader meets as a child that is not a tab (axe: aria-required-children). The tabs themselves are
     * the keyboard stops, so the attribute goes (docs/decisions/0013-accessibility.md).
     */
    private static void withoutFocusableScroller(TabSheet sheet) {
        sheet.getElement().executeJs("""
                (async () => {
                  await customElements.whenDefined('vaadin-tabs');
                  const strip = this.querySelector('vaadin-tabs');
                  if (!strip) { return; }
                  await strip.updateComplete;
                  const scroller = strip.shadowRoot && strip.shadowRoot.querySelector('#scroll');
                  if (scroller) { scroller.removeAttribute('tabindex'); }
                })()""");
    }

    void refresh() {
        positions.setItems(setup.positions());
        areas.setItems(setup.businessAreas());
        modules.setItems(setup.modules());
        types.setItems(setup.licenceTypes());
        updateActions();
    }

    // ---------------------------------------------------------------- positions

    private VerticalLayout positionsTab() {
        positions
                .addColumn(PositionRow::title)
                .setHeader(getTranslation("user-form.position"))
                .setAutoWidth(true);
        positions
                .addColumn(p -> getTranslation(p.enabled() ? "setup.enabled" : "setup.disabled"))
                .setHeader(getTranslation("setup.enabled"))
                .setAutoWidth(true);
        positions
                .addColumn(p -> p.holder() == null ? "" : p.holder())
                .setHeader(getTranslation("setup.positions.held-by"))
                .setAutoWidth(true);
        positions
                .addColumn(p -> getTranslation(p.everUsed() ? "setup.yes" : "setup.no"))
                .setHeader(getTranslation("setup.positions.ever-used"))
                .setAutoWidth(true);
        positions.addSelectionListener(e -> updateActions());
        newPosition.setPlaceholder(getTranslation("setup.positions.placeholder"));
        addPosition.addClickListener(e -> act(
                () -> setup.createPosition(newPosition.getValue()),
                getTranslation("setup.positions.added", newPosition.getValue().trim()),
                newPosition));
        renamePosition.addClickListener(e -> selected(positions)
                .ifPresent(p -> rename(
                        getTranslation("setup.positions.rename"),
                        p.title(),
                        name -> setup.renamePosition(p.id(), name))));
        togglePosition.addClickListener(e -> selected(positions)
                .ifPresent(p -> act(
                        () -> setup.setPositionEnabled(p.id(), !p.enabled()),
                        getTranslation(p.enabled() ? "setup.positions.disabled" : "setup.positions.enabled", p.title()),
                        null)));
        deletePosition.addClickListener(e -> selected(positions)
                .ifPresent(p -> confirm(
                        getTranslation("setup.positions.delete.title", p.title()),
                        getTranslation("setup.positions.delete.text"),
                        () -> setup.deletePosition(p.id()),
                        getTranslation("setup.positions.deleted", p.title()))));
        HorizontalLayout add = row(newPosition, addPosition);
        HorizontalLayout actions = row(renamePosition, togglePosition, deletePosition);
        VerticalLayout tab =
                new VerticalLayout(new Paragraph(getTranslation("setup.positions.intro")), add, actions, positions);
        tab.setPadding(false);
        return tab;
    }

    // ---------------------------------------------------------------- business areas

    private VerticalLayout areasTab() {
        areas.addColumn(a -> a.primary() ? a.name() : "")
                .setHeader(getTranslation("setup.areas.primary"))
                .setAutoWidth(true);
        areas.addColumn(a -> a.primary() ? "" : a.name())
                .setHeader(getTranslation("setup.areas.secondary"))
                .setAutoWidth(true);
        areas.addColumn(a -> getTranslation(a.enabled() ? "setup.enabled" : "setup.disabled"))
                .setHeader(getTranslation("setup.enabled"))
                .setAutoWidth(true);
        areas.addColumn(BusinessAreaRow::users)
                .setHeader(getTranslation("menu.users"))
                .setAutoWidth(true);
        areas.addSelectionListener(e -> updateActions());
        newPrimary.setPlaceholder(getTranslation("setup.areas.primary.placeholder"));
        newSecondary.setPlaceholder(getTranslation("setup.areas.secondary.placeholder"));
        addPrimary.addClickListener(e -> act(
                () -> setup.createPrimaryBusinessArea(newPrimary.getValue()),
                getTranslation(
                        "setup.areas.primary.added", newPrimary.getValue().trim()),
                newPrimary));
        addSecondary.addClickListener(e -> selected(areas).ifPresent(a -> {
            long primaryId = a.primary() ? a.id() : a.parentId();
            act(
                    () -> setup.createSecondaryBusinessArea(primaryId, newSecondary.getValue()),
                    getTranslation("setup.areas.added", newSecondary.getValue().trim()),
                    newSecondary);
        }));
        renameArea.addClickListener(e -> selected(areas)
                .ifPresent(a -> rename(
                        getTranslation("setup.areas.rename", a.label()),
                        a.name(),
                        name -> setup.renameBusinessArea(a.id(), name))));
        toggleArea.addClickListener(e -> selected(areas)
                .ifPresent(a -> act(
                        () -> setup.setBusinessAreaEnabled(a.id(), !a.enabled()),
                        getTranslation(a.enabled() ? "setup.areas.disabled" : "setup.areas.enabled", a.label()),
                        null)));
        deleteArea.addClickListener(e -> selected(areas)
                .ifPresent(a -> confirm(
                        getTranslation("setup.areas.delete.title", a.label()),
                        getTranslation(a.primary() ? "setup.areas.delete.primary" : "setup.areas.delete.text"),
                        () -> setup.deleteBusinessArea(a.id()),
                        getTranslation("setup.areas.deleted", a.label()))));
        VerticalLayout tab = new VerticalLayout(
                new Paragraph(getTranslation("setup.areas.intro")),
                row(newPrimary, addPrimary),
                row(newSecondary, addSecondary),
                row(renameArea, toggleArea, deleteArea),
                areas);
        tab.setPadding(false);
        return tab;
    }

    // ---------------------------------------------------------------- modules and licence types

    private VerticalLayout modulesTab() {
        modules.addColumn(ModuleRow::name).setHeader(getTranslation("setup.modules.module"));
        newModule.setPlaceholder(getTranslation("setup.modules.placeholder"));
        addModule.addClickListener(e -> act(
                () -> setup.createModule(newModule.getValue()),
                getTranslation("setup.modules.added", newModule.getValue().trim()),
                newModule));
        HorizontalLayout add = row(newModule, addModule);
        add.setVisible(support);
        VerticalLayout tab = new VerticalLayout(
                new Paragraph(getTranslation(support ? "setup.modules.intro.support" : "setup.modules.intro")),
                add,
                modules);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout typesTab() {
        types.addColumn(LicenceTypeRow::name)
                .setHeader(getTranslation("profiles.licence-type"))
                .setAutoWidth(true);
        types.addColumn(t -> getTranslation(t.canLogIn() ? "setup.yes" : "setup.types.recorded-only"))
                .setHeader(getTranslation("setup.types.can-log-in"))
                .setAutoWidth(true);
        types.addColumn(t -> getTranslation(t.free() ? "setup.types.free" : "setup.types.paid"))
                .setHeader(getTranslation("setup.types.licence"))
                .setAutoWidth(true);
        newType.setPlaceholder(getTranslation("setup.types.placeholder"));
        addType.addClickListener(e -> act(
                () -> setup.createLicenceType(newType.getValue(), newTypeCanLogIn.getValue(), newTypeFree.getValue()),
                getTranslation("setup.types.added", newType.getValue().trim()),
                newType));
        HorizontalLayout add = row(newType, newTypeCanLogIn, newTypeFree, addType);
        add.setVisible(support);
        VerticalLayout tab = new VerticalLayout(
                new Paragraph(getTranslation(support ? "setup.types.intro.support" : "setup.types.intro")), add, types);
        tab.setPadding(false);
        return tab;
    }

    // ---------------------------------------------------------------- helpers

    private void updateActions() {
        Optional<PositionRow> p = selected(positions);
        renamePosition.setEnabled(p.isPresent());
        togglePosition.setEnabled(p.isPresent());
        togglePosition.setText(getTranslation(
                p.map(r -> r.enabled() ? "setup.disable" : "setup.enable").orElse("setup.disable")));
        deletePosition.setEnabled(p.isPresent());
        Optional<BusinessAreaRow> a = selected(areas);
        addSecondary.setEnabled(a.isPresent());
        renameArea.setEnabled(a.isPresent());
        toggleArea.setEnabled(a.isPresent());
        toggleArea.setText(getTranslation(
                a.map(r -> r.enabled() ? "setup.disable" : "setup.enable").orElse("setup.disable")));
        deleteArea.setEnabled(a.isPresent());
    }

    private void act(Runnable command, String success, TextField clearAfter) {
        command.run();
        if (clearAfter != null) {
            clearAfter.clear();
        }
        Toasts.success(success);
        refresh();
    }

    private void rename(String title, String current, java.util.function.Consumer<String> rename) {
        renameDialog = new RenameDialog(title, current, rename, this::refresh);
        renameDialog.open();
    }

    private void confirm(String header, String text, Runnable command, String success) {
        confirmDelete = Confirmations.ask(
                header, text, getTranslation("users.delete.confirm"), () -> act(command, success, null));
    }

    private static <T> Optional<T> selected(Grid<T> grid) {
        return grid.getSelectedItems().stream().findFirst();
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
