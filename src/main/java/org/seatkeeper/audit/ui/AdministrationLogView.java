package org.seatkeeper.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import org.seatkeeper.audit.AdminChangeFilter;
import org.seatkeeper.audit.AdminChangeRow;
import org.seatkeeper.audit.AdministrationLog;
import org.seatkeeper.audit.FieldChange;
import org.seatkeeper.audit.LogIntegrity;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.CsvDownload;
import org.seatkeeper.shared.ui.PeopleTime;

/** Who changed what, when, with before and after (rule 12); filterable, exportable as CSV. */
@Route("administration-log")
@Menu(title = "menu.administration-log", order = 80, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
class AdministrationLogView extends VerticalLayout {

    final DatePicker from = new DatePicker(getTranslation("audit.filter.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.filter.to"));
    final TextField actor = new TextField(getTranslation("audit.admin.actor"));
    final TextField keyword = new TextField(getTranslation("audit.admin.search"));
    final Grid<AdminChangeRow> grid = new Grid<>();
    private final AdministrationLog log;

    AdministrationLogView(AdministrationLog log, LogIntegrity integrity) {
        this.log = log;
        setSizeFull();
        actor.setPlaceholder(getTranslation("audit.admin.actor.placeholder"));
        keyword.setPlaceholder(getTranslation("audit.admin.search.placeholder"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        keyword.setValueChangeMode(ValueChangeMode.LAZY);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        keyword.addValueChangeListener(e -> refresh());

        Anchor export = CsvDownload.link(
                "administration-log.csv", out -> log.exportCsv(filter(), out, Language.of(getLocale())));

        HorizontalLayout filters = new HorizontalLayout(
                from,
                to,
                actor,
                keyword,
                export,
                IntegrityCheckButton.of("administration-log-check", integrity::checkAdministrationLog));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        // The short columns take the width of their content; the long ones share the rest, from small
        // minimum widths, so the grid fits 1280x800 without sideways scrolling
        grid.addColumn(row -> PeopleTime.dateTime(row.at()))
                .setHeader(getTranslation("audit.when"))
                .setKey("at")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AdminChangeRow::actor)
                .setHeader(getTranslation("audit.admin.actor"))
                .setKey("actor")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.what().in(this::getTranslation))
                .setHeader(getTranslation("audit.admin.what"))
                .setKey("what")
                .setSortable(true)
                .setWidth("8em")
                .setFlexGrow(1);
        grid.addColumn(row -> row.subject(this::getTranslation))
                .setHeader(getTranslation("audit.admin.subject"))
                .setKey("subject")
                .setSortable(true)
                .setWidth("7em")
                .setFlexGrow(1);
        grid.addComponentColumn(this::changes)
                .setHeader(getTranslation("audit.admin.changes"))
                .setKey("changes")
                .setWidth("9em")
                .setFlexGrow(3);
        grid.addColumn(row -> row.reason() == null ? "" : row.reason())
                .setHeader(getTranslation("audit.admin.reason"))
                .setKey("reason")
                .setWidth("6em")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(page -> log.page(filter(), page), page -> log.count(filter()));

        add(new H1(getTranslation("menu.administration-log")), filters, grid);
        expand(grid);
    }

    /**
     * Only the fields the change touched, one per line, their names and fixed values in the reader's
     * words; the CSV export keeps the whole records.
     */
    private Div changes(AdminChangeRow row) {
        Div lines = new Div();
        lines.addClassName("change-lines");
        for (FieldChange change : row.changes()) {
            lines.add(new Div(change.line(this::getTranslation)));
        }
        return lines;
    }

    AdminChangeFilter filter() {
        // the days the reader picks are days where the reader is
        ZoneId zone = PeopleTime.zone();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return new AdminChangeFilter(
                start == null ? null : start.atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant(),
                actor.getValue(),
                keyword.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
