package org.seatkeeper.sessions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seatkeeper.sessions.ClosedSessions;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.sessions.SessionId;
import org.seatkeeper.sessions.Sessions;
import org.seatkeeper.sessions.SessionsFeed;
import org.seatkeeper.sessions.SessionsSnapshot;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.Toasts;

/**
 * Seed 002's active-session list, live over push (rules 9-11): the three pools in one row, every open
 * session with its idle time ticking, Close for stale sessions (one or a selection), "Ask to sign out"
 * for live ones, never either on the administrator's own session, and a Refresh button. Fits 1280 px
 * beside the menu, with the action column frozen at the end.
 */
@Route("sessions")
@Menu(title = "menu.active-sessions", order = 5, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
class ActiveSessionsView extends VerticalLayout {

    /** The state filter's choices, shown through {@link #stateLabel}. */
    static final String ALL = "all";

    static final String LIVE = "live";
    static final String STALE = "stale";

    final PoolMeters meters = new PoolMeters();
    final Div warning = new Div();
    final TextField user = new TextField();
    final ComboBox<String> state = new ComboBox<>();
    final Span counts = new Span();
    final Grid<OpenSession> grid = new Grid<>();
    final Button refresh = new Button(getTranslation("sessions.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
    final Button closeSelected = new Button(getTranslation("sessions.close-selected"), e -> closeSelected());
    final Button closeAllStale = new Button(getTranslation("sessions.close-all-stale"), e -> closeAllStale());
    /** One data provider whose items are replaced, so an update keeps the scroll position and selection. */
    private final List<OpenSession> rows = new ArrayList<>();

    private final ListDataProvider<OpenSession> data = new ListDataProvider<>(rows) {
        @Override
        public Object getId(OpenSession session) {
            return session.id();
        }
    };
    private List<OpenSession> open = List.of();
    private boolean severalNodes;

    private final Sessions sessions;
    private final SeatPools pools;
    private final SessionsFeed feed;
    private final String me;
    private SessionsFeed.Subscription subscription;

    ActiveSessionsView(Sessions sessions, SeatPools pools, SessionsFeed feed, CurrentUser currentUser) {
        this.sessions = sessions;
        this.pools = pools;
        this.feed = feed;
        this.me = currentUser.name();
        setSizeFull();
        addClassName("active-sessions");
        warning.setId("pool-warning");
        warning.addClassName("licence-warning");
        user.setPlaceholder(getTranslation("sessions.search-user"));
        user.setAriaLabel(getTranslation("sessions.column.user"));
        user.setPrefixComponent(VaadinIcon.SEARCH.create());
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(e -> refresh());
        state.setItems(ALL, LIVE, STALE);
        state.setItemLabelGenerator(this::stateLabel);
        state.setValue(ALL);
        state.setAriaLabel(getTranslation("sessions.column.state"));
        state.setWidth("8em");
        state.addValueChangeListener(e -> refresh());
        refresh.setId("refresh-sessions");
        closeSelected.setId("close-selected");
        closeSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        closeSelected.setEnabled(false);
        closeAllStale.setId("close-all-stale");
        counts.setId("session-counts");
        counts.addClassName("session-counts");
        HorizontalLayout tools = new HorizontalLayout(user, state, refresh, closeSelected, closeAllStale, counts);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWidthFull();
        tools.addClassName("session-tools");

        grid.setId("active-sessions");
        grid.addClassName("sessions-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(SessionColumns.twoLines(OpenSession::displayName, OpenSession::username, session -> ""))
                .setHeader(getTranslation("sessions.column.user"))
                .setKey("user")
                .setWidth("10em")
                .setFlexGrow(2)
                .setComparator(
                        Comparator.comparing(session -> session.displayName().toLowerCase(Locale.ROOT)))
                .setTooltipGenerator(
                        session -> getTranslation("sessions.user.tooltip", session.displayName(), session.username()));
        SessionColumns.add(grid, () -> severalNodes);
        grid.addColumn(actions())
                .setHeader(getTranslation("sessions.column.actions"))
                .setKey("actions")
                .setWidth("9.5em")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(data);
        // Not an item-selectable provider: Vaadin hides "select all" with one. The administrator's own
        // session is simply never kept in the selection.
        grid.asMultiSelect().addSelectionListener(e -> {
            grid.getSelectedItems().stream().filter(this::mine).toList().forEach(grid::deselect);
            showSelection();
        });

        add(new H1(getTranslation("menu.active-sessions")), meters, warning, tools, grid);
        expand(grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = feed.subscribe(snapshot -> ui.access(() -> show(snapshot)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    /** Reads afresh: after the administrator's own actions, filter changes and Refresh. */
    void refresh() {
        show(new SessionsSnapshot(sessions.open(), pools.snapshot(), pools.fullAccessWarning(), Instant.now()));
    }

    /** Shows a snapshot: the feed's, pushed, or one just read. Scroll position, sort and selection stay. */
    void show(SessionsSnapshot snapshot) {
        open = snapshot.open();
        severalNodes = open.stream()
                        .map(OpenSession::node)
                        .filter(node -> node != null)
                        .distinct()
                        .count()
                > 1;
        rows.clear();
        rows.addAll(visible(open));
        keepSelectionOf(rows);
        data.refreshAll();
        meters.show(snapshot.pools());
        warning.setText(snapshot.fullAccessWarning()
                .map(text -> getTranslation("overview.pool-warning", text))
                .orElse(""));
        warning.setVisible(snapshot.fullAccessWarning().isPresent());
        showCounts();
        showSelection();
    }

    void close(OpenSession session) {
        act(() -> sessions.closeStale(session.id()), getTranslation("sessions.closed", session.displayName()));
    }

    void askToSignOut(OpenSession session) {
        act(() -> sessions.requestSignOut(session.id()), getTranslation("sessions.asked", session.displayName()));
    }

    /** Closes the stale sessions among those selected; live ones are left and counted. */
    void closeSelected() {
        Set<SessionId> ids =
                grid.getSelectedItems().stream().map(OpenSession::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return;
        }
        try {
            ClosedSessions result = sessions.closeStale(ids);
            grid.deselectAll();
            Toasts.success(closedSelection(result));
        } finally {
            refresh();
        }
    }

    void closeAllStale() {
        try {
            int closed = sessions.closeAllStale();
            Toasts.success(getTranslation("sessions.closed-stale", closed));
        } finally {
            refresh();
        }
    }

    /** "2 sessions closed; 1 skipped because it is still live (ask instead)." */
    String closedSelection(ClosedSessions result) {
        return getTranslation("sessions.closed-selection", result.closed(), result.stillLive(), result.alreadyEnded());
    }

    /** "12 sessions: 9 live, 3 stale", and how many the filter shows when it hides some. */
    String counts(List<OpenSession> open, int shown) {
        long live = open.stream().filter(OpenSession::live).count();
        return shown == open.size()
                ? getTranslation("sessions.counts", open.size(), live, open.size() - live)
                : getTranslation("sessions.counts.filtered", open.size(), live, open.size() - live, shown);
    }

    private String stateLabel(String choice) {
        return switch (choice) {
            case LIVE -> getTranslation("sessions.filter.live");
            case STALE -> getTranslation("sessions.filter.stale");
            default -> getTranslation("sessions.filter.all");
        };
    }

    boolean mine(OpenSession session) {
        return session.username().equals(me);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Toasts.success(done);
        } finally {
            refresh();
        }
    }

    private void showCounts() {
        counts.setText(counts(open, rows.size()));
    }

    private void showSelection() {
        int selected = grid.getSelectedItems().size();
        closeSelected.setText(
                selected == 0
                        ? getTranslation("sessions.close-selected")
                        : getTranslation("sessions.close-selected.count", selected));
        closeSelected.setEnabled(selected > 0);
    }

    /** Forgets selected sessions that are gone or hidden now, so a bulk close acts only on what is shown. */
    private void keepSelectionOf(List<OpenSession> shown) {
        Map<SessionId, OpenSession> current =
                shown.stream().collect(Collectors.toMap(OpenSession::id, Function.identity()));
        List<OpenSession> gone = grid.getSelectedItems().stream()
                .filter(s -> !current.containsKey(s.id()))
                .toList();
        if (!gone.isEmpty()) {
            gone.forEach(grid::deselect);
        }
    }

    private List<OpenSession> visible(List<OpenSession> all) {
        String who = user.getValue() == null ? "" : user.getValue().trim().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(s -> who.isEmpty()
                        || s.username().toLowerCase(Locale.ROOT).contains(who)
                        || s.displayName().toLowerCase(Locale.ROOT).contains(who))
                .filter(s -> LIVE.equals(state.getValue()) ? s.live() : !STALE.equals(state.getValue()) || s.stale())
                .toList();
    }

    /**
     * A client-side template rather than a Button per row: the grid is re-rendered every second, and
     * server-side buttons would be replaced under the administrator's pointer each time (and cost a
     * component per row); the template updates the same button in place. The administrator's own
     * session gets no button, only "This is you".
     */
    private LitRenderer<OpenSession> actions() {
        return LitRenderer.<OpenSession>of("""
                        <span class="session-self" ?hidden=${!item.self}>${item.you}</span>\
                        <vaadin-button theme="small ${item.theme}" ?hidden=${item.self} ?disabled=${item.disabled}\
                         title="${item.hint}" aria-label="${item.label}, ${item.who}" @click=${act}>${item.label}</vaadin-button>""")
                .withProperty("self", this::mine)
                .withProperty("you", session -> getTranslation("sessions.this-is-you"))
                .withProperty("who", OpenSession::displayName)
                .withProperty(
                        "label",
                        session -> session.live()
                                ? getTranslation("sessions.ask-to-sign-out")
                                : getTranslation("sessions.close"))
                .withProperty("theme", session -> session.live() ? "tertiary" : "error")
                .withProperty("disabled", session -> session.live() && session.signOutRequested())
                .withProperty(
                        "hint",
                        session -> session.live()
                                ? (session.signOutRequested()
                                        ? getTranslation("sessions.hint.asked")
                                        : getTranslation("sessions.hint.live"))
                                : getTranslation("sessions.hint.stale"))
                .withFunction("act", session -> {
                    if (mine(session)) {
                        return;
                    }
                    if (session.live()) {
                        askToSignOut(session);
                    } else {
                        close(session);
                    }
                });
    }
}
