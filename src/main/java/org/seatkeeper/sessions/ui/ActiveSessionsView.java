package org.seatkeeper.sessions.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.seatkeeper.sessions.ConcurrentPool;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.sessions.PoolSnapshot;
import org.seatkeeper.sessions.SeatPools;
import org.seatkeeper.sessions.Sessions;
import org.seatkeeper.sessions.SessionsFeed;
import org.seatkeeper.sessions.SessionsSnapshot;
import org.seatkeeper.shared.RefusedException;

/**
 * Seed 002's active-session list, live over push (rules 9-11): pool counters as seed 004 prints them,
 * every open session with its idle seconds ticking, CLOSE for stale sessions, "ask to sign out" for
 * live ones, and a Refresh button.
 */
@Route("sessions")
@PageTitle("Active sessions | Seatkeeper")
@Menu(title = "Active sessions", order = 5, icon = "vaadin:connect")
@RolesAllowed("ADMIN")
class ActiveSessionsView extends VerticalLayout {

    static final String ALL = "All";
    static final String LIVE = "Live";
    static final String STALE = "Stale";

    final Div counters = new Div();
    final Div warning = new Div();
    final TextField user = new TextField("User");
    final ComboBox<String> state = new ComboBox<>("State");
    final Grid<OpenSession> grid = new Grid<>();
    /** One data provider whose items are replaced, so a refresh keeps the grid's scroll position. */
    private final List<OpenSession> rows = new ArrayList<>();
    private final ListDataProvider<OpenSession> data = new ListDataProvider<>(rows);
    final Button refresh = new Button("Refresh", e -> refresh());
    final Button closeAllStale = new Button("Close all stale", e -> closeAllStale());

    private final Sessions sessions;
    private final SeatPools pools;
    private final SessionsFeed feed;
    private SessionsFeed.Subscription subscription;

    ActiveSessionsView(Sessions sessions, SeatPools pools, SessionsFeed feed) {
        this.sessions = sessions;
        this.pools = pools;
        this.feed = feed;
        setSizeFull();
        counters.setId("pool-counters");
        counters.addClassName("overview-cards");
        warning.setId("pool-warning");
        warning.addClassName("licence-warning");
        user.setPlaceholder("username or name");
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(e -> refresh());
        state.setItems(ALL, LIVE, STALE);
        state.setValue(ALL);
        state.addValueChangeListener(e -> refresh());
        refresh.setId("refresh-sessions");
        closeAllStale.setId("close-all-stale");
        HorizontalLayout tools = new HorizontalLayout(user, state, refresh, closeAllStale);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(s -> s.displayName() + " (" + s.username() + ")").setHeader("User").setKey("user")
                .setAutoWidth(true);
        SessionColumns.add(grid);
        grid.addColumn(actions()).setHeader("").setKey("actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setDataProvider(data);

        add(new H2("Active sessions"), counters, warning, tools, grid);
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

    /** Shows a snapshot: the feed's, pushed, or one just read. */
    void show(SessionsSnapshot snapshot) {
        rows.clear();
        rows.addAll(visible(snapshot.open()));
        data.refreshAll();
        showPools(snapshot.pools());
        warning.setText(snapshot.fullAccessWarning().orElse(""));
        warning.setVisible(!warning.getText().isEmpty());
    }

    void close(OpenSession session) {
        act(() -> sessions.closeStale(session.id()), session.displayName() + "'s session was closed; its seat is free.");
    }

    void askToSignOut(OpenSession session) {
        act(() -> sessions.requestSignOut(session.id()), session.displayName() + " was asked to sign out.");
    }

    void closeAllStale() {
        int[] closed = new int[1];
        act(() -> closed[0] = sessions.closeAllStale(), null);
        Notification.show(closed[0] + " stale session" + (closed[0] == 1 ? " was" : "s were") + " closed.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (RefusedException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private List<OpenSession> visible(List<OpenSession> open) {
        String who = user.getValue() == null ? "" : user.getValue().trim().toLowerCase(Locale.ROOT);
        return open.stream()
                .filter(s -> who.isEmpty() || s.username().toLowerCase(Locale.ROOT).contains(who)
                        || s.displayName().toLowerCase(Locale.ROOT).contains(who))
                .filter(s -> LIVE.equals(state.getValue()) ? s.live() : !STALE.equals(state.getValue()) || s.stale())
                .toList();
    }

    private void showPools(PoolSnapshot snapshot) {
        counters.removeAll();
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            var usage = snapshot.usage(pool);
            Div card = new Div(new Div(pool.label() + " users (" + pool.letter() + "): " + usage.remaining() + " remaining"),
                    new Div(usage.inUse() + " of " + usage.capacity() + " in use"));
            card.addClassName("overview-card");
            card.setId("pool-" + pool.name().toLowerCase(Locale.ROOT));
            counters.add(card);
        }
    }

    /**
     * A client-side template rather than a Button per row: the grid is re-rendered every second, and
     * server-side buttons would be replaced under the administrator's pointer each time (and cost a
     * component per row); the template updates the same button in place.
     */
    private LitRenderer<OpenSession> actions() {
        return LitRenderer.<OpenSession>of("""
                        <vaadin-button theme="small ${item.theme}" ?disabled=${item.disabled} @click=${act}>\
                        ${item.label}</vaadin-button>""")
                .withProperty("label", session -> session.live() ? "Ask to sign out" : "Close")
                .withProperty("theme", session -> session.live() ? "tertiary" : "error")
                .withProperty("disabled", OpenSession::signOutRequested)
                .withFunction("act", session -> {
                    if (session.live()) {
                        askToSignOut(session);
                    } else {
                        close(session);
                    }
                });
    }
}
