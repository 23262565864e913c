package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.seatkeeper.directory.BulkOutcome;
import org.seatkeeper.directory.BusinessAreaRow;
import org.seatkeeper.directory.ConcurrentClass;
import org.seatkeeper.directory.LicencePots;
import org.seatkeeper.directory.ProfileAdministration;
import org.seatkeeper.directory.ProfileRow;
import org.seatkeeper.directory.Role;
import org.seatkeeper.directory.SetupLists;
import org.seatkeeper.directory.UserAdministration;
import org.seatkeeper.directory.UserFilter;
import org.seatkeeper.directory.UserRow;
import org.seatkeeper.directory.UserStatusFilter;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.Confirmations;
import org.seatkeeper.shared.ui.PeopleTime;
import org.seatkeeper.shared.ui.Toasts;

/**
 * The user list of seed 003: colour-coded by account status, filtered, sorted and paged in the
 * database. Actions work on the selected rows, so single and bulk activation are one flow.
 */
@Route("users")
@Menu(title = "menu.users", order = 10, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * Above this many matches the select-all box hides: selecting all would load every match into
     * the page, which the lazy grid is there to avoid.
     */
    static final int SELECT_ALL_LIMIT = 1000;

    /** What the list shows about an account, each with its colour (seed 003 plus "without login"). */
    enum Status {
        ACTIVE("users.status.active", "active"),
        INACTIVE("users.status.inactive", "inactive"),
        ADMINISTRATOR("users.status.administrator", "administrator"),
        SUPPORT("users.status.support", "administrator"),
        WITHOUT_LOGIN("users.status.without-login", "without-login"),
        DELETED("users.status.deleted", "deleted");

        /** The bundle key of the badge's word. */
        final String key;

        final String css;

        Status(String key, String css) {
            this.key = key;
            this.css = css;
        }

        static Status of(UserRow row) {
            return switch (row.status()) {
                case DELETED -> DELETED;
                case SUPPORT -> SUPPORT;
                case ADMINISTRATOR -> ADMINISTRATOR;
                case INACTIVE -> INACTIVE;
                case ACTIVE -> row.hasLogin() ? ACTIVE : WITHOUT_LOGIN;
            };
        }
    }

    final TextField keyword = new TextField(getTranslation("users.search"));
    final Select<UserStatusFilter> status = new Select<>();
    final ComboBox<ProfileRow> profile = new ComboBox<>(getTranslation("users.profile"));
    final ComboBox<BusinessAreaRow> area = new ComboBox<>(getTranslation("users.business-area"));
    final ComboBox<Role> role = new ComboBox<>(getTranslation("users.role"));
    final ComboBox<ConcurrentClass> concurrentClass = new ComboBox<>(getTranslation("users.concurrent-seats"));
    /** "248 users", "1 user" or "No users match these filters". */
    final Span count = new Span();

    final Grid<UserRow> grid = new Grid<>();

    final Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create());
    final Button edit = new Button(getTranslation("users.edit"), VaadinIcon.EDIT.create());
    final Button activate = new Button(getTranslation("users.activate"));
    final Button deactivate = new Button(getTranslation("users.deactivate"));
    final Button password = new Button(getTranslation("users.password"), VaadinIcon.KEY.create());
    final Button delete = new Button(getTranslation("users.delete"), VaadinIcon.TRASH.create());
    final Button restore = new Button(getTranslation("users.restore"), VaadinIcon.ARROW_BACKWARD.create());

    UserFormDialog form;
    BulkOutcomeDialog outcomes;
    PasswordDialog passwordDialog;
    ConfirmDialog confirmDelete;

    private final UserAdministration users;
    private final ProfileAdministration profiles;
    private final SetupLists setup;
    private final boolean support;
    private final LicencePots pots;
    /** The current filter's number of matches, counted once per refresh for the label and the grid. */
    private long matches;

    UsersView(
            UserAdministration users,
            ProfileAdministration profiles,
            SetupLists setup,
            AuthenticationContext authentication,
            LicencePots pots) {
        this.pots = pots;
        this.users = users;
        this.profiles = profiles;
        this.setup = setup;
        this.support = authentication.hasRole(Roles.SUPPORT);
        setSizeFull();

        keyword.setPlaceholder(getTranslation("users.search.placeholder"));
        keyword.setClearButtonVisible(true);
        keyword.setValueChangeMode(ValueChangeMode.LAZY);
        status.setLabel(getTranslation("users.status"));
        status.setItems(UserStatusFilter.values());
        status.setItemLabelGenerator(s -> switch (s) {
            case ALL -> getTranslation("users.filter.all");
            case ACTIVE -> getTranslation("users.status.active");
            case INACTIVE -> getTranslation("users.status.inactive");
            case DELETED -> getTranslation("users.status.deleted");
        });
        status.setValue(UserStatusFilter.ALL);
        profile.setItems(profiles.list());
        profile.setItemLabelGenerator(ProfileRow::name);
        profile.setClearButtonVisible(true);
        area.setItems(setup.businessAreas());
        area.setItemLabelGenerator(BusinessAreaRow::label);
        area.setClearButtonVisible(true);
        role.setItems(Role.values());
        role.setItemLabelGenerator(UsersView::roleLabel);
        role.setClearButtonVisible(true);
        keyword.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> {
            refresh();
            updateActions();
        });
        profile.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        concurrentClass.setItems(ConcurrentClass.values());
        concurrentClass.setItemLabelGenerator(UsersView::classLabel);
        concurrentClass.setClearButtonVisible(true);
        concurrentClass.setPlaceholder(getTranslation("users.filter.any"));
        concurrentClass.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(keyword, status, profile, area, role, concurrentClass);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        edit.addClickListener(e -> single().ifPresent(r -> openForm(r.id())));
        activate.addClickListener(e -> bulk(true));
        deactivate.addClickListener(e -> bulk(false));
        password.addClickListener(e -> single().ifPresent(this::openPassword));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> single().ifPresent(this::confirmDelete));
        restore.addClickListener(e -> single().ifPresent(this::restore));
        HorizontalLayout actions = new HorizontalLayout(create, edit, activate, deactivate, password, delete, restore);
        actions.setWrap(true);

        grid.addClassName("users-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        GridMultiSelectionModel<UserRow> selection = (GridMultiSelectionModel<UserRow>) grid.getSelectionModel();
        selection.setSelectionColumnFrozen(true);
        // Sized to fit 1280x800 without sideways scrolling: username and email share the name cell,
        // the role shows in the status badge, the position lives in the form.
        grid.addColumn(LitRenderer.<UserRow>of("""
                        <div class="user-name"><span>${item.name}</span><span class="user-login">${item.login}</span></div>""")
                        .withProperty("name", UserRow::fullName)
                        .withProperty("login", UsersView::login))
                .setHeader(getTranslation("users.name"))
                .setSortProperty("lastName", "firstName")
                .setKey("name")
                .setFrozen(true)
                .setWidth("13rem")
                .setFlexGrow(2);
        grid.addComponentColumn(UsersView::badge)
                .setHeader(getTranslation("users.status"))
                .setKey("status")
                .setSortProperty("active")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> classLabel(r.concurrentClass()))
                .setHeader(getTranslation("users.concurrent-seats"))
                .setKey("concurrentClass")
                .setSortProperty("concurrentClass")
                .setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addColumn(UsersView::profileLabel)
                .setHeader(getTranslation("users.profile"))
                .setKey("profile")
                .setSortProperty("profile")
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(UserRow::businessAreaLabel)
                .setHeader(getTranslation("users.business-area"))
                .setKey("businessArea")
                .setSortProperty("businessArea")
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(r -> r.validUntil() == null ? "" : PeopleTime.date(r.validUntil()))
                .setHeader(getTranslation("users.valid-until"))
                .setKey("validUntil")
                .setSortProperty("validUntil")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.setPartNameGenerator(r -> "user-" + Status.of(r).css);
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS);
        grid.setEmptyStateText(getTranslation("users.no-matches"));
        grid.setItemsPageable(page -> users.find(filter(), page).getContent(), page -> (int) matches);
        // A click selects that row alone (Ctrl or Cmd adds it to the selection), as in a file list;
        // the checkboxes still pick several; a double click opens the form.
        grid.addItemClickListener(e -> {
            if (e.getClickCount() > 1) {
                return;
            }
            if (e.isCtrlKey() || e.isMetaKey()) {
                if (grid.getSelectedItems().contains(e.getItem())) {
                    grid.deselect(e.getItem());
                } else {
                    grid.select(e.getItem());
                }
            } else {
                grid.asMultiSelect().setValue(Set.of(e.getItem()));
            }
        });
        grid.addItemDoubleClickListener(e -> {
            grid.asMultiSelect().setValue(Set.of(e.getItem()));
            if (!e.getItem().deleted()) {
                openForm(e.getItem().id());
            }
        });
        grid.addSelectionListener(e -> updateActions());
        count.addClassName("match-count");
        countMatches();
        updateActions();

        add(new H1(getTranslation("menu.users")), filters, actions, count, grid);
        expand(grid);
    }

    UserFilter filter() {
        return new UserFilter(
                        keyword.getValue(),
                        status.getValue(),
                        profile.getValue() == null ? null : profile.getValue().id(),
                        area.getValue() == null ? null : area.getValue().id(),
                        role.getValue(),
                        concurrentClass.getValue())
                .consumingPot(pot);
    }

    /** The pot whose consumers are shown ("?pot=7", from the Licence overview), or null. */
    Long pot;
    /** Names that pot and removes the filter; shown only while it filters. */
    final Button potFilter =
            new Button(VaadinIcon.CLOSE_SMALL.create(), e -> getUI().ifPresent(ui -> ui.navigate("users")));

    /** Reads "?pot=7" into the filter and says so above the grid, with a way to remove it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pot = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("pot")
                .filter(p -> p.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        String label = pot == null
                ? null
                : pots.potUsage(pot)
                        .map(p -> p.name().phrase().in(this::getTranslation))
                        .orElseGet(() -> getTranslation("users.pot-filter.unknown"));
        potFilter.setText(label == null ? "" : getTranslation("users.pot-filter", label));
        potFilter.setId("pot-filter");
        potFilter.setIconAfterText(true);
        potFilter.addThemeVariants(ButtonVariant.LUMO_SMALL);
        potFilter.setTooltipText(getTranslation("users.pot-filter.remove"));
        potFilter.setVisible(label != null);
        if (potFilter.getParent().isEmpty()) {
            addComponentAtIndex(1, potFilter);
        }
        refresh();
    }

    void refresh() {
        grid.deselectAll();
        countMatches();
        grid.getDataProvider().refreshAll();
    }

    /** Counts the matches once: the grid's size, the count label and whether select-all is offered. */
    private void countMatches() {
        matches = users.count(filter());
        count.setText(countText(matches));
        ((GridMultiSelectionModel<UserRow>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(
                        matches > 0 && matches <= SELECT_ALL_LIMIT
                                ? SelectAllCheckboxVisibility.VISIBLE
                                : SelectAllCheckboxVisibility.HIDDEN);
    }

    /** "248 users", "1 user" or "No users match these filters", in the page's language. */
    static String countText(long matches) {
        return matches == 0
                ? I18NProvider.translate("users.no-matches")
                : I18NProvider.translate("users.count", matches);
    }

    private void updateActions() {
        int selected = grid.getSelectedItems().size();
        boolean deleted = grid.getSelectedItems().stream().anyMatch(UserRow::deleted);
        edit.setEnabled(selected == 1 && !deleted);
        password.setEnabled(selected == 1 && !deleted);
        delete.setEnabled(selected == 1 && !deleted);
        activate.setEnabled(selected > 0 && !deleted);
        deactivate.setEnabled(selected > 0 && !deleted);
        restore.setVisible(status.getValue() == UserStatusFilter.DELETED);
        restore.setEnabled(selected == 1 && deleted);
    }

    private java.util.Optional<UserRow> single() {
        Set<UserRow> selected = grid.getSelectedItems();
        return selected.size() == 1 ? selected.stream().findFirst() : java.util.Optional.empty();
    }

    private void openForm(Long id) {
        form = new UserFormDialog(users, profiles, setup, support, id, () -> {
            refresh();
            profile.setItems(profiles.list());
        });
        form.open();
    }

    /** One or many users: each is done or refused on its own, and each outcome is shown. */
    private void bulk(boolean activating) {
        List<Long> ids = grid.getSelectedItems().stream().map(UserRow::id).toList();
        List<BulkOutcome> result = activating ? users.activate(ids) : users.deactivate(ids);
        refresh();
        outcomes = new BulkOutcomeDialog(
                getTranslation(activating ? "users.bulk.activate" : "users.bulk.deactivate"), result);
        outcomes.open();
    }

    /** A deleted user comes back active, if the username is free and every pot has room (rule 1). */
    private void restore(UserRow row) {
        users.restore(row.id());
        refresh();
        Toasts.success(getTranslation("users.restored", row.fullName()));
    }

    private void openPassword(UserRow row) {
        passwordDialog = new PasswordDialog(users, row, this::refresh);
        passwordDialog.open();
    }

    private void confirmDelete(UserRow row) {
        confirmDelete = Confirmations.ask(
                getTranslation("users.delete.title", row.fullName()),
                getTranslation("users.delete.text"),
                getTranslation("users.delete.confirm"),
                () -> {
                    users.delete(row.id());
                    refresh();
                    Toasts.success(getTranslation("users.deleted", row.fullName()));
                });
    }

    static Span badge(UserRow row) {
        Status s = Status.of(row);
        Span badge = new Span();
        badge.setText(badge.getTranslation(s.key));
        badge.addClassNames("account-status", "account-status-" + s.css);
        return badge;
    }

    static String classLabel(ConcurrentClass c) {
        return switch (c) {
            case STANDARD -> I18NProvider.translate("pool.full-access");
            case VIEW_ONLY -> I18NProvider.translate("pool.view-only");
            case RESERVED -> I18NProvider.translate("pool.reserved");
        };
    }

    private static String login(UserRow row) {
        String username = row.username() == null ? I18NProvider.translate("users.no-login") : row.username();
        return row.email() == null ? username : username + " · " + row.email();
    }

    private static String profileLabel(UserRow row) {
        if (row.profile() == null) {
            return "";
        }
        return row.licenceType() == null
                ? row.profile()
                : I18NProvider.translate("user-form.profile.item", row.profile(), row.licenceType());
    }

    static String roleLabel(Role role) {
        return switch (role) {
            case USER -> I18NProvider.translate("users.role.user");
            case ADMIN -> I18NProvider.translate("users.role.administrator");
            case SUPPORT -> I18NProvider.translate("users.role.support");
        };
    }
}
