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
    final Button addPosition = new Button("Add position", VaadinIcon.PLUS.create());
    final Button renamePosition = new Button("Rename…");
    final Button togglePosition = new Button("Disable");
    final Button deletePosition = new Button("Delete…", VaadinIcon.TRASH.create());

    final Grid<BusinessAreaRow> areas = new Grid<>();
    final TextField newPrimary = new TextField();
    final Button addPrimary = new Button("Add primary area", VaadinIcon.PLUS.create());
    final TextField newSecondary = new TextField();
    final Button addSecondary = new Button("Add secondary under selected", VaadinIcon.PLUS.create());
    final Button renameArea = new Button("Rename…");
    final Button toggleArea = new Button("Disable");
    final Button deleteArea = new Button("Delete…", VaadinIcon.TRASH.create());

    final Grid<ModuleRow> modules = new Grid<>();
    final TextField newModule = new TextField();
    final Button addModule = new Button("Add module", VaadinIcon.PLUS.create());

    final Grid<LicenceTypeRow> types = new Grid<>();
    final TextField newType = new TextField();
    final Checkbox newTypeCanLogIn = new Checkbox("Holders can log in", true);
    final Checkbox newTypeFree = new Checkbox("Free (consumes nothing)");
    final Button addType = new Button("Add licence type", VaadinIcon.PLUS.create());

    RenameDialog renameDialog;
    ConfirmDialog confirmDelete;

    private final SetupLists setup;
    private final boolean support;

    SetupView(SetupLists setup, AuthenticationContext authentication) {
        this.setup = setup;
        this.support = authentication.hasRole(Roles.SUPPORT);
        setSizeFull();
        tabs.add("Positions", positionsTab());
        tabs.add("Business areas", areasTab());
        tabs.add("Modules", modulesTab());
        tabs.add("Licence types", typesTab());
        tabs.setSizeFull();
        tabs.addAttachListener(e -> withoutFocusableScroller(tabs));
        add(new H1("Setup lists"), tabs);
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
        positions.addColumn(PositionRow::title).setHeader("Position").setAutoWidth(true);
        positions
                .addColumn(p -> p.enabled() ? "Enabled" : "Disabled")
                .setHeader("Enabled")
                .setAutoWidth(true);
        positions
                .addColumn(p -> p.holder() == null ? "" : p.holder())
                .setHeader("Held by")
                .setAutoWidth(true);
        positions
                .addColumn(p -> p.everUsed() ? "Yes" : "No")
                .setHeader("Ever used")
                .setAutoWidth(true);
        positions.addSelectionListener(e -> updateActions());
        newPosition.setPlaceholder("e.g. Nurse 3");
        addPosition.addClickListener(e -> act(
                () -> setup.createPosition(newPosition.getValue()),
                "Position " + newPosition.getValue().trim() + " added.",
                newPosition));
        renamePosition.addClickListener(e -> selected(positions)
                .ifPresent(p -> rename("Rename position", p.title(), name -> setup.renamePosition(p.id(), name))));
        togglePosition.addClickListener(e -> selected(positions)
                .ifPresent(p -> act(
                        () -> setup.setPositionEnabled(p.id(), !p.enabled()),
                        "Position " + p.title() + (p.enabled() ? " disabled." : " enabled."),
                        null)));
        deletePosition.addClickListener(e -> selected(positions)
                .ifPresent(p -> confirm(
                        "Delete position " + p.title() + "?",
                        "A position that has ever been held can only be disabled.",
                        () -> setup.deletePosition(p.id()),
                        "Position " + p.title() + " deleted.")));
        HorizontalLayout add = row(newPosition, addPosition);
        HorizontalLayout actions = row(renamePosition, togglePosition, deletePosition);
        VerticalLayout tab = new VerticalLayout(
                new Paragraph("Each user holds a unique position; tasks are "
                        + "assigned to the position. Number equal titles (Nurse 1, Nurse 2)."),
                add,
                actions,
                positions);
        tab.setPadding(false);
        return tab;
    }

    // ---------------------------------------------------------------- business areas

    private VerticalLayout areasTab() {
        areas.addColumn(a -> a.primary() ? a.name() : "").setHeader("Primary").setAutoWidth(true);
        areas.addColumn(a -> a.primary() ? "" : a.name()).setHeader("Secondary").setAutoWidth(true);
        areas.addColumn(a -> a.enabled() ? "Enabled" : "Disabled")
                .setHeader("Enabled")
                .setAutoWidth(true);
        areas.addColumn(BusinessAreaRow::users).setHeader("Users").setAutoWidth(true);
        areas.addSelectionListener(e -> updateActions());
        newPrimary.setPlaceholder("e.g. Corporate Services");
        newSecondary.setPlaceholder("e.g. Finance");
        addPrimary.addClickListener(e -> act(
                () -> setup.createPrimaryBusinessArea(newPrimary.getValue()),
                "Business area " + newPrimary.getValue().trim() + " added with a secondary All.",
                newPrimary));
        addSecondary.addClickListener(e -> selected(areas).ifPresent(a -> {
            long primaryId = a.primary() ? a.id() : a.parentId();
            act(
                    () -> setup.createSecondaryBusinessArea(primaryId, newSecondary.getValue()),
                    "Business area " + newSecondary.getValue().trim() + " added.",
                    newSecondary);
        }));
        renameArea.addClickListener(e -> selected(areas)
                .ifPresent(a -> rename(
                        "Rename business area " + a.label(),
                        a.name(),
                        name -> setup.renameBusinessArea(a.id(), name))));
        toggleArea.addClickListener(e -> selected(areas)
                .ifPresent(a -> act(
                        () -> setup.setBusinessAreaEnabled(a.id(), !a.enabled()),
                        "Business area " + a.label() + (a.enabled() ? " disabled." : " enabled."),
                        null)));
        deleteArea.addClickListener(e -> selected(areas)
                .ifPresent(a -> confirm(
                        "Delete business area " + a.label() + "?",
                        a.primary()
                                ? "Its secondary areas are deleted with it. An area that has been "
                                        + "used can only be disabled."
                                : "An area that has been used can only be disabled.",
                        () -> setup.deleteBusinessArea(a.id()),
                        "Business area " + a.label() + " deleted.")));
        VerticalLayout tab = new VerticalLayout(
                new Paragraph("Two levels: users are placed in a secondary area. "
                        + "A new primary area gets a secondary \"All\", which you can rename."),
                row(newPrimary, addPrimary),
                row(newSecondary, addSecondary),
                row(renameArea, toggleArea, deleteArea),
                areas);
        tab.setPadding(false);
        return tab;
    }

    // ---------------------------------------------------------------- modules and licence types

    private VerticalLayout modulesTab() {
        modules.addColumn(ModuleRow::name).setHeader("Module");
        newModule.setPlaceholder("Module name");
        addModule.addClickListener(e -> act(
                () -> setup.createModule(newModule.getValue()),
                "Module " + newModule.getValue().trim() + " added with a pot of capacity 0.",
                newModule));
        HorizontalLayout add = row(newModule, addModule);
        add.setVisible(support);
        VerticalLayout tab = new VerticalLayout(
                new Paragraph(
                        support
                                ? "A new module comes with its own named pot at capacity 0; raise it under Licences."
                                : "Modules are licensed separately; support adds new ones."),
                add,
                modules);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout typesTab() {
        types.addColumn(LicenceTypeRow::name).setHeader("Licence type").setAutoWidth(true);
        types.addColumn(t -> t.canLogIn() ? "Yes" : "No (recorded only)")
                .setHeader("Can log in")
                .setAutoWidth(true);
        types.addColumn(t -> t.free() ? "Free" : "Paid (own pot)")
                .setHeader("Licence")
                .setAutoWidth(true);
        newType.setPlaceholder("Licence type name");
        addType.addClickListener(e -> act(
                () -> setup.createLicenceType(newType.getValue(), newTypeCanLogIn.getValue(), newTypeFree.getValue()),
                "Licence type " + newType.getValue().trim() + " added.",
                newType));
        HorizontalLayout add = row(newType, newTypeCanLogIn, newTypeFree, addType);
        add.setVisible(support);
        VerticalLayout tab = new VerticalLayout(
                new Paragraph(
                        support
                                ? "A paid licence type comes with its own named pot at capacity 0."
                                : "Licence types decide whether holders log in and whether they consume a licence; support "
                                        + "adds new ones."),
                add,
                types);
        tab.setPadding(false);
        return tab;
    }

    // ---------------------------------------------------------------- helpers

    private void updateActions() {
        Optional<PositionRow> p = selected(positions);
        renamePosition.setEnabled(p.isPresent());
        togglePosition.setEnabled(p.isPresent());
        togglePosition.setText(p.map(r -> r.enabled() ? "Disable" : "Enable").orElse("Disable"));
        deletePosition.setEnabled(p.isPresent());
        Optional<BusinessAreaRow> a = selected(areas);
        addSecondary.setEnabled(a.isPresent());
        renameArea.setEnabled(a.isPresent());
        toggleArea.setEnabled(a.isPresent());
        toggleArea.setText(a.map(r -> r.enabled() ? "Disable" : "Enable").orElse("Disable"));
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
        confirmDelete = Confirmations.ask(header, text, "Delete", () -> act(command, success, null));
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
