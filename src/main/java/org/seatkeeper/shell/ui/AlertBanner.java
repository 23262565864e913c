package org.seatkeeper.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.List;
import org.seatkeeper.alerts.AlertsFeed;
import org.seatkeeper.alerts.OpenAlert;
import org.seatkeeper.alerts.UsageAlerts;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.PeopleTime;

/**
 * The usage alerts that are open and not yet acknowledged, above every view, for administrators and
 * support only: one line each with the figures, a link to the Alerts page and a button to acknowledge
 * it for everyone. Kept live by the one {@link AlertsFeed}; hidden when there is nothing to show.
 */
class AlertBanner extends Section {

    private final UsageAlerts alerts;
    private final AlertsFeed feed;
    private final Clock clock;
    private final boolean shown;
    private Runnable subscription;

    AlertBanner(UsageAlerts alerts, AlertsFeed feed, CurrentUser currentUser, Clock clock) {
        this.alerts = alerts;
        this.feed = feed;
        this.clock = clock;
        this.shown = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.SUPPORT);
        setId("alert-banner");
        addClassName("alert-banner");
        getElement().setAttribute("aria-label", getTranslation("alert-banner.label"));
        setVisible(false);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (shown) {
            UI ui = event.getUI();
            subscription = feed.subscribe(open -> ui.access(() -> show(open)));
            refresh();
        }
    }

    /** Reads the open alerts again (the frame does it after each navigation, besides the live feed). */
    void refresh() {
        if (shown) {
            show(alerts.openUnacknowledged());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.run();
            subscription = null;
        }
    }

    void show(List<OpenAlert> open) {
        removeAll();
        for (OpenAlert alert : open) {
            Span text = new Span(alert.sentence(this::getTranslation, PeopleTime.zone(), getLocale(), clock.instant()));
            text.addClassName("alert-text");
            Anchor details = new Anchor("alerts", getTranslation("alert-banner.details"));
            details.getElement().setAttribute("router-link", true); // navigates inside the page, no reload
            Button acknowledge = new Button(getTranslation("alert-banner.acknowledge"), e -> acknowledge(alert));
            // the contrast colour stays readable on the warning background, light and dark (axe: 4.5:1)
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            acknowledge.setAriaLabel(getTranslation("alert-banner.acknowledge.label", text.getText()));
            Div line = new Div(VaadinIcon.WARNING.create(), text, details, acknowledge);
            line.addClassName("alert-line");
            add(line);
        }
        setVisible(!open.isEmpty());
    }

    private void acknowledge(OpenAlert alert) {
        try {
            alerts.acknowledge(alert.id());
        } finally {
            refresh();
        }
    }
}
