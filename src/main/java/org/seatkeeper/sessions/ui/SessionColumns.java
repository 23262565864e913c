package org.seatkeeper.sessions.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.seatkeeper.sessions.OpenSession;

/** The session columns the administrators' list and My sessions share. */
final class SessionColumns {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private SessionColumns() {
    }

    static void add(Grid<OpenSession> grid) {
        grid.addColumn(s -> s.seat().name()).setHeader("Seat").setKey("seat").setAutoWidth(true);
        grid.addColumn(s -> s.reference() == null ? s.client() : s.client() + " · " + s.reference()).setHeader("Client")
                .setKey("client").setAutoWidth(true);
        grid.addColumn(s -> TIME.format(s.loginTime())).setHeader("Login time").setKey("login").setAutoWidth(true);
        grid.addColumn(OpenSession::idleSeconds).setHeader("Idle (s)").setKey("idle").setAutoWidth(true);
        grid.addComponentColumn(SessionColumns::state).setHeader("State").setKey("state").setAutoWidth(true);
        grid.addColumn(s -> s.openTabs() == null ? "" : String.valueOf(s.openTabs())).setHeader("Open tabs")
                .setKey("tabs").setAutoWidth(true);
        grid.addColumn(OpenSession::ip).setHeader("IP").setKey("ip").setAutoWidth(true);
        grid.addColumn(OpenSession::node).setHeader("Node").setKey("node").setAutoWidth(true);
        grid.addColumn(OpenSession::browser).setHeader("Browser").setKey("browser").setFlexGrow(1);
    }

    static Span state(OpenSession session) {
        Span badge = new Span(session.live() ? (session.signOutRequested() ? "Live, asked to sign out" : "Live") : "Stale");
        badge.addClassName(session.live() ? "session-live" : "session-stale");
        return badge;
    }
}
