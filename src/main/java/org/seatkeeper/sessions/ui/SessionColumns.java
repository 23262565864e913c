package org.seatkeeper.sessions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.shared.ui.PeopleTime;

/**
 * The session columns the administrators' list and My sessions share, sized to fit beside the menu at
 * 1280 px. Cells are client-side templates, updated in place each second rather than rebuilt as
 * components; two-line cells keep related facts together (state and open tabs, browser and address).
 */
final class SessionColumns {

    private SessionColumns() {}

    /**
     * @param severalNodes whether the sessions shown span more than one node: only then is the node
     *                     worth a place, beside the address
     */
    static void add(Grid<OpenSession> grid, BooleanSupplier severalNodes) {
        grid.addColumn(LitRenderer.<OpenSession>of(
                                "<span class=\"session-seat session-seat-${item.kind}\">${item.seat}</span>")
                        .withProperty("seat", SessionText::seat)
                        .withProperty(
                                "kind",
                                session -> session.seat()
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '-')))
                .setHeader(grid.getTranslation("sessions.column.seat"))
                .setKey("seat")
                .setWidth("8em")
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(SessionText::seat));
        grid.addColumn(twoLines(
                        SessionText::state,
                        SessionText::tabs,
                        session -> "session-state " + SessionText.stateStyle(session)))
                .setHeader(grid.getTranslation("sessions.column.state"))
                .setKey("state")
                .setWidth("9em")
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(SessionText::state));
        grid.addColumn(twoLines(
                        session -> SessionText.duration(session.idleSeconds()),
                        session -> SessionText.words(
                                "sessions.signed-in", SessionText.signedIn(session.loginTime(), Instant.now())),
                        session -> ""))
                .setHeader(grid.getTranslation("sessions.column.idle"))
                .setKey("idle")
                .setWidth("7.5em")
                .setFlexGrow(0)
                .setComparator(Comparator.comparingLong(OpenSession::idleSeconds))
                .setTooltipGenerator(session -> SessionText.words(
                        "sessions.idle.tooltip",
                        SessionText.duration(session.idleSeconds()),
                        PeopleTime.dateTime(session.loginTime())));
        grid.addColumn(twoLines(SessionText::client, SessionText::reference, session -> ""))
                .setHeader(grid.getTranslation("sessions.column.client"))
                .setKey("client")
                .setWidth("7em")
                .setFlexGrow(1)
                .setComparator(Comparator.comparing(SessionText::client))
                .setTooltipGenerator(
                        session -> (SessionText.client(session) + " " + SessionText.reference(session)).strip());
        grid.addColumn(twoLines(
                        SessionText::browser,
                        session -> SessionText.address(session, severalNodes.getAsBoolean()),
                        session -> ""))
                .setHeader(grid.getTranslation("sessions.column.browser"))
                .setKey("browser")
                .setWidth("11em")
                .setFlexGrow(2)
                .setComparator(Comparator.comparing(SessionText::browser))
                .setTooltipGenerator(SessionText::browserDetails);
    }

    /** A cell of a main line, styled, over a secondary one. */
    static LitRenderer<OpenSession> twoLines(
            ValueProvider<OpenSession, String> main,
            ValueProvider<OpenSession, String> secondary,
            ValueProvider<OpenSession, String> mainStyle) {
        return LitRenderer.<OpenSession>of("""
                        <div class="session-two-lines"><span class="${item.style}">${item.main}</span>\
                        <span class="session-secondary">${item.secondary}</span></div>""")
                .withProperty("main", main)
                .withProperty("secondary", secondary)
                .withProperty("style", mainStyle);
    }
}
