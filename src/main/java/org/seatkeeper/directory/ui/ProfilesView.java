package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.seatkeeper.directory.ProfileAdministration;
import org.seatkeeper.directory.ProfileRow;
import org.seatkeeper.directory.SetupLists;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.Confirmations;
import org.seatkeeper.shared.ui.Toasts;

/**
 * Profiles: a licence type and modules given to users. The list is short (a handful of profiles),
 * so it is loaded whole; a change is previewed for its licence impact before it is saved.
 */
@Route("profiles")
@Menu(title = "menu.profiles", order = 20, icon = "vaadin:clipboard-user")
@RolesAllowed(Roles.ADMIN)
class ProfilesView extends VerticalLayout {

    final Grid<ProfileRow> grid = new Grid<>();
    final Button create = new Button(getTranslation("profiles.new"), VaadinIcon.PLUS.create());
    final Button edit = new Button(getTranslation("users.edit"), VaadinIcon.EDIT.create());
    final Button delete = new Button(getTranslation("users.delete"), VaadinIcon.TRASH.create());
    ProfileFormDialog form;
    ConfirmDialog confirmDelete;

    private final ProfileAdministration profiles;
    private final SetupLists setup;

    ProfilesView(ProfileAdministration profiles, SetupLists setup) {
        this.profiles = profiles;
        this.setup = setup;
        setSizeFull();
        grid.addColumn(ProfileRow::name)
                .setHeader(getTranslation("users.profile"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ProfileRow::licenceType)
                .setHeader(getTranslation("profiles.licence-type"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(p ->
                        p.modules().isEmpty() ? getTranslation("profiles.no-modules") : String.join(", ", p.modules()))
                .setHeader(getTranslation("profiles.modules"))
                .setFlexGrow(1);
        grid.addColumn(ProfileRow::users)
                .setHeader(getTranslation("menu.users"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addSelectionListener(e -> updateActions());
        grid.addItemDoubleClickListener(e -> openForm(e.getItem()));

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        edit.addClickListener(e -> selected().ifPresent(this::openForm));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));
        refresh();

        add(
                new H1(getTranslation("menu.profiles")),
                new Paragraph(getTranslation("profiles.intro")),
                new HorizontalLayout(create, edit, delete),
                grid);
        expand(grid);
    }

    void refresh() {
        grid.setItems(profiles.list());
        updateActions();
    }

    private void updateActions() {
        edit.setEnabled(selected().isPresent());
        delete.setEnabled(selected().isPresent());
    }

    private Optional<ProfileRow> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void openForm(ProfileRow row) {
        form = new ProfileFormDialog(profiles, setup, row, this::refresh);
        form.open();
    }

    private void confirmDelete(ProfileRow row) {
        confirmDelete = Confirmations.ask(
                getTranslation("profiles.delete.title", row.name()),
                getTranslation("profiles.delete.text"),
                getTranslation("users.delete.confirm"),
                () -> {
                    profiles.delete(row.id());
                    refresh();
                    Toasts.success(getTranslation("profiles.deleted", row.name()));
                });
    }
}
