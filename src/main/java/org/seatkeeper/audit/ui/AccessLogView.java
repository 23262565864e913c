package org.seatkeeper.audit.ui;

import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.seatkeeper.audit.AccessLog;
import org.seatkeeper.audit.AccessLogFilter;
import org.seatkeeper.audit.AccessLogRow;
import org.seatkeeper.directory.Roles;

/** Every sign-in attempt with its outcome and reason (rules 6 and 12); filterable, exportable as CSV. */
@Route("access-log")
@PageTitle("Access log | Seatkeeper")
@Menu(title = "Access log", order = 75, icon = "vaadin:sign-in")
@RolesAllowed(Roles.ADMIN)
class AccessLogView extends VerticalLayout {

    static final String ANY = "Any outcome";
    static final String SUCCESS = "Success";
    static final String FAILURE = "Failure";

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final TextField username = new TextField("Username");
    final ComboBox<String> outcome = new ComboBox<>("Outcome");
    final Grid<AccessLogRow> grid = new Grid<>();
    private final AccessLog log;

    AccessLogView(AccessLog log) {
        this.log = log;
        setSizeFull();
        username.setPlaceholder("as typed");
        username.setValueChangeMode(ValueChangeMode.LAZY);
        outcome.setItems(ANY, SUCCESS, FAILURE);
        outcome.setValue(ANY);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        username.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(from, to, username, outcome,
                CsvDownload.link("access-log.csv", out -> log.exportCsv(filter(), out)));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(AccessLogRow::username).setHeader("Username").setKey("username").setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> AdministrationLogView.TIME.format(row.at())).setHeader("When").setKey("at").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccessLogRow::ip).setHeader("IP address").setKey("ip").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(AccessLogView::outcomeBadge).setHeader("Outcome").setKey("outcome").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccessLogRow::reason).setHeader("Reason").setKey("reason").setSortable(true).setAutoWidth(true);
        grid.addColumn(AccessLogRow::client).setHeader("Client").setKey("client").setSortable(true).setAutoWidth(true);
        grid.addColumn(AccessLogRow::browser).setHeader("Browser").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(page -> log.page(filter(), page), page -> log.count(filter()));

        add(new H2("Access log"), filters, grid);
        expand(grid);
    }

    AccessLogFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        Boolean success = SUCCESS.equals(outcome.getValue()) ? Boolean.TRUE
                : FAILURE.equals(outcome.getValue()) ? Boolean.FALSE : null;
        return new AccessLogFilter(start == null ? null : start.atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant(), username.getValue(), success);
    }

    private static Span outcomeBadge(AccessLogRow row) {
        Span badge = new Span(row.outcome());
        badge.addClassName(row.success() ? "outcome-success" : "outcome-failure");
        return badge;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
