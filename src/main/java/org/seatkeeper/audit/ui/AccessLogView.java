package org.seatkeeper.audit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.seatkeeper.audit.AccessLog;
import org.seatkeeper.audit.AccessLogFeed;
import org.seatkeeper.audit.AccessLogFilter;
import org.seatkeeper.audit.AccessLogRow;
import org.seatkeeper.audit.LogIntegrity;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.CsvDownload;
import org.seatkeeper.shared.ui.PeopleTime;

/**
 * Every sign-in attempt with its outcome and reason (rules 6 and 12); filterable, exportable as CSV.
 * Live: entries that arrive while the page is open are announced as "3 new entries – show" above the
 * grid, counted under the current filter, and shown when the administrator asks, so rows never move
 * under the reader's eyes and the scroll position and filter stay (docs/decisions/0012).
 */
@Route("access-log")
@Menu(title = "menu.access-log", order = 75, icon = "vaadin:sign-in")
@RolesAllowed(Roles.ADMIN)
class AccessLogView extends VerticalLayout {

    /** The outcomes the filter offers, each with its bundle key. */
    enum Outcome {
        ANY("audit.access.outcome.any", null),
        SUCCESS("audit.access.outcome.success", Boolean.TRUE),
        FAILURE("audit.access.outcome.failure", Boolean.FALSE);

        final String key;
        final Boolean success;

        Outcome(String key, Boolean success) {
            this.key = key;
            this.success = success;
        }
    }

    final DatePicker from = new DatePicker(getTranslation("audit.filter.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.filter.to"));
    final TextField username = new TextField(getTranslation("audit.access.username"));
    final ComboBox<Outcome> outcome = new ComboBox<>(getTranslation("audit.access.outcome"));
    final Grid<AccessLogRow> grid = new Grid<>();
    final Button newEntries = new Button(VaadinIcon.ARROW_UP.create(), e -> showNewEntries());
    private final AccessLog log;
    private final AccessLogFeed feed;
    private AccessLogFeed.Subscription subscription;
    /** The newest entry when the grid was last refreshed: anything after it is "new". */
    private long seen;

    AccessLogView(AccessLog log, AccessLogFeed feed, LogIntegrity integrity) {
        this.log = log;
        this.feed = feed;
        setSizeFull();
        username.setPlaceholder(getTranslation("audit.access.username.placeholder"));
        username.setValueChangeMode(ValueChangeMode.LAZY);
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.key));
        outcome.setValue(Outcome.ANY);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        username.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(
                from,
                to,
                username,
                outcome,
                CsvDownload.link("access-log.csv", out -> log.exportCsv(filter(), out, Language.of(getLocale()))),
                IntegrityCheckButton.of("access-log-check", integrity::checkAccessLog));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(AccessLogRow::username)
                .setHeader(getTranslation("audit.access.username"))
                .setKey("username")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> PeopleTime.dateTime(row.at()))
                .setHeader(getTranslation("audit.when"))
                .setKey("at")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccessLogRow::ip)
                .setHeader(getTranslation("audit.access.ip"))
                .setKey("ip")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::outcomeBadge)
                .setHeader(getTranslation("audit.access.outcome"))
                .setKey("outcome")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> row.reason().in(this::getTranslation))
                .setHeader(getTranslation("audit.access.reason"))
                .setKey("reason")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccessLogRow::client)
                .setHeader(getTranslation("audit.access.client"))
                .setKey("client")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccessLogRow::browser)
                .setHeader(getTranslation("audit.access.browser"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(page -> log.page(filter(), page), page -> log.count(filter()));

        newEntries.setId("access-log-new-entries");
        newEntries.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        newEntries.setVisible(false);
        seen = log.newestId();

        add(new H1(getTranslation("menu.access-log")), filters, newEntries, grid);
        expand(grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = feed.subscribe(newest -> ui.access(() -> announce(newest)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    /** Counts the entries after the last refresh that the filter shows, and offers them; the grid stays as it is. */
    void announce(long newest) {
        if (newest <= seen) {
            return;
        }
        long count = log.countNewer(filter(), seen);
        newEntries.setText(getTranslation("audit.access.new-entries", count));
        newEntries.setVisible(count > 0);
    }

    /** Shows the new entries: the grid is read again and scrolled to the top (newest first unless sorted otherwise). */
    void showNewEntries() {
        refresh();
        grid.scrollToStart();
    }

    AccessLogFilter filter() {
        // the days the reader picks are days where the reader is
        ZoneId zone = PeopleTime.zone();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        Boolean success = outcome.getValue() == null ? null : outcome.getValue().success;
        return new AccessLogFilter(
                start == null ? null : start.atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant(),
                username.getValue(),
                success);
    }

    private Span outcomeBadge(AccessLogRow row) {
        Span badge = new Span(getTranslation(row.outcomeKey()));
        badge.addClassName(row.success() ? "outcome-success" : "outcome-failure");
        return badge;
    }

    void refresh() {
        seen = log.newestId();
        newEntries.setVisible(false);
        grid.getDataProvider().refreshAll();
    }
}
