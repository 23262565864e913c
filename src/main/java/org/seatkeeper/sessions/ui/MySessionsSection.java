package org.seatkeeper.sessions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.seatkeeper.directory.MyAccountSection;
import org.seatkeeper.sessions.OpenSession;
import org.seatkeeper.sessions.Sessions;

/** "My sessions" in My account: the signed-in person's own open sessions, in the administrators' words. */
@org.springframework.stereotype.Component
class MySessionsSection implements MyAccountSection {

    private final Sessions sessions;

    MySessionsSection(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Grid<OpenSession> grid = new Grid<>();
        grid.setId("my-sessions");
        grid.addClassName("sessions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        SessionColumns.add(grid, () -> false);
        grid.setItems(sessions.mine());
        grid.setAllRowsVisible(true);
        return new VerticalLayout(new H2(grid.getTranslation("sessions.mine")), grid);
    }
}
