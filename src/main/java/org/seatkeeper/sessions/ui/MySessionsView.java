package org.seatkeeper.sessions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.sessions.Sessions;

/** A signed-in person's own open sessions, beside My account. */
@Route("my-sessions")
@PageTitle("My sessions | Seatkeeper")
@Menu(title = "My sessions", order = 101, icon = "vaadin:laptop")
@PermitAll
class MySessionsView extends VerticalLayout {

    final Grid<OpenSession> grid = new Grid<>();

    MySessionsView(Sessions sessions) {
        SessionColumns.add(grid);
        grid.setItems(sessions.mine());
        grid.setAllRowsVisible(true);
        add(new H2("My sessions"), grid);
    }
}
