package org.seatkeeper.alerts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seatkeeper.alerts.AlertDestinationRefusedException;
import org.seatkeeper.alerts.AlertDestinations;
import org.seatkeeper.alerts.AlertEpisode;
import org.seatkeeper.alerts.AlertRule;
import org.seatkeeper.alerts.AlertRuleRefusedException;
import org.seatkeeper.alerts.DeliveryAttempt;
import org.seatkeeper.alerts.UsageAlerts;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;

/**
 * Usage alerts: the episodes (raised, ended, acknowledged by whom), the rules per pool, where alerts are
 * sent, and every delivery attempt. Support sees the episodes, the rules and the attempts and may
 * acknowledge; only administrators change rules and destinations.
 */
@Route("alerts")
@Menu(title = "menu.alerts", order = 72, icon = "vaadin:bell")
@RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
class AlertsView extends VerticalLayout {

    static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final Grid<AlertEpisode> episodes = new Grid<>();
    final Grid<DeliveryAttempt> attempts = new Grid<>();
    final Map<ConcurrentPool, RuleFields> rules = new EnumMap<>(ConcurrentPool.class);
    final Div rulesBanner = new Div();
    final Button saveRules = new Button("Save rules", e -> saveRules());
    final TextField webhookUrl = new TextField("Webhook address");
    final PasswordField secret = new PasswordField("Webhook secret");
    final TextField recipients = new TextField("Email recipients");
    final Div destinationsBanner = new Div();
    final Button saveDestinations = new Button("Save destinations", e -> saveDestinations());
    private final UsageAlerts alerts;
    private final Clock clock;
    private final boolean administrator;
    private long destinationsVersion;

    /** The fields of one pool's rules. */
    static final class RuleFields {
        final Checkbox highUse = new Checkbox("Alert at high use");
        final IntegerField percent = new IntegerField("Share of capacity (%)");
        final IntegerField minutes = new IntegerField("For (minutes)");
        final Checkbox refusal = new Checkbox("Alert on any sign-in refused for want of a seat");
        long version;
    }

    AlertsView(UsageAlerts alerts, CurrentUser currentUser, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
        this.administrator = currentUser.hasRole(Roles.ADMIN);
        setWidthFull();
        add(
                new H1("Alerts"),
                new Paragraph("An alert is raised once for each episode: when a pool stays at or above"
                        + " its share of capacity for the set minutes, or when a sign-in is refused for want of a seat. It"
                        + " shows above every page for administrators and support until someone acknowledges it, and ends"
                        + " when the pool has room again."));
        add(new H2("Episodes"), episodesSection());
        add(new H2("Rules"), rulesSection());
        if (administrator) {
            add(new H2("Where alerts are sent"), destinationsSection());
        }
        add(new H2("Delivery attempts"), attemptsSection());
    }

    // episodes

    private Component episodesSection() {
        Instant now = clock.instant();
        // the alert's sentence names the pool; short times and small minimum widths keep it within 1280x800
        episodes.addColumn(row -> row.alert().sentence(ZoneId.systemDefault(), now))
                .setHeader("Alert")
                .setWidth("12em")
                .setFlexGrow(3);
        episodes.addColumn(row -> row.alert().rule())
                .setHeader("Rule")
                .setWidth("8em")
                .setFlexGrow(1);
        episodes.addColumn(row -> SHORT.format(row.raisedAt()))
                .setHeader("Raised")
                .setWidth("7em")
                .setFlexGrow(0);
        episodes.addColumn(row -> row.alert().clearedAt() == null
                        ? "Open"
                        : SHORT.format(row.alert().clearedAt()))
                .setHeader("Ended")
                .setWidth("7em")
                .setFlexGrow(0);
        episodes.addComponentColumn(this::acknowledgement)
                .setHeader("Acknowledged")
                .setWidth("9em")
                .setFlexGrow(1);
        episodes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        episodes.setItems(
                query -> alerts.episodes(query.getOffset(), query.getLimit()).stream(), query -> alerts.episodeCount());
        episodes.setEmptyStateText("No alert has been raised yet.");
        episodes.setWidthFull();
        episodes.setHeight("14em");
        episodes.setId("alert-episodes");
        return episodes;
    }

    private Component acknowledgement(AlertEpisode row) {
        if (row.acknowledgedAt() != null) {
            return new Span(row.acknowledgedBy() + ", " + SHORT.format(row.acknowledgedAt()));
        }
        if (row.alert().clearedAt() != null) {
            return new Span("No");
        }
        Button acknowledge = new Button("Acknowledge", e -> {
            try {
                alerts.acknowledge(row.alert().id());
                Toasts.success("Alert acknowledged.");
            } catch (RefusedException refused) {
                Toasts.error(Refusals.text(refused));
            }
            episodes.getDataProvider().refreshAll();
        });
        acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return acknowledge;
    }

    // rules

    private Component rulesSection() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        rulesBanner.setId("alert-rules-banner");
        rulesBanner.addClassName("form-error");
        rulesBanner.setVisible(false);
        tab.add(rulesBanner);
        for (ConcurrentPool pool : ConcurrentPool.values()) {
            RuleFields fields = new RuleFields();
            for (IntegerField field : List.of(fields.percent, fields.minutes)) {
                field.setManualValidation(true);
                field.setStepButtonsVisible(false);
                field.setReadOnly(!administrator);
                field.setWidth("12em");
            }
            fields.percent.setHelperText("1 to 100");
            fields.minutes.setHelperText("1 to " + AlertRule.MAX_MINUTES);
            fields.highUse.setReadOnly(!administrator);
            fields.refusal.setReadOnly(!administrator);
            rules.put(pool, fields);
            HorizontalLayout row = new HorizontalLayout(fields.highUse, fields.percent, fields.minutes, fields.refusal);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            tab.add(new H3(pool.label()), row);
        }
        showRules(alerts.rules());
        if (administrator) {
            saveRules.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveRules.setId("save-alert-rules");
            tab.add(saveRules);
        } else {
            tab.add(new Paragraph("Only administrators change the rules."));
        }
        return tab;
    }

    void saveRules() {
        rulesBanner.setVisible(false);
        List<AlertRule> candidate = new ArrayList<>();
        rules.forEach((pool, fields) -> candidate.add(new AlertRule(
                pool,
                fields.highUse.getValue(),
                fields.percent.getValue(),
                fields.minutes.getValue(),
                fields.refusal.getValue(),
                fields.version)));
        boolean valid = true;
        for (AlertRule rule : candidate) {
            Map<AlertRule.Field, String> problems = rule.problems();
            showProblem(rules.get(rule.pool()).percent, problems.get(AlertRule.Field.PERCENT));
            showProblem(rules.get(rule.pool()).minutes, problems.get(AlertRule.Field.MINUTES));
            valid &= problems.isEmpty();
        }
        if (!valid) {
            return;
        }
        try {
            showRules(alerts.changeRules(candidate));
            Toasts.success("Alert rules saved.");
        } catch (AlertRuleRefusedException refused) {
            RuleFields fields = rules.get(refused.pool());
            showProblem(
                    refused.field() == AlertRule.Field.PERCENT ? fields.percent : fields.minutes,
                    Refusals.text(refused));
        } catch (RefusedException refused) {
            rulesBanner.setText(Refusals.text(refused));
            rulesBanner.setVisible(true);
        }
    }

    private void showRules(List<AlertRule> stored) {
        for (AlertRule rule : stored) {
            RuleFields fields = rules.get(rule.pool());
            fields.highUse.setValue(rule.highUse());
            fields.percent.setValue(rule.percent());
            fields.minutes.setValue(rule.minutes());
            fields.refusal.setValue(rule.refusal());
            fields.version = rule.version();
            showProblem(fields.percent, null);
            showProblem(fields.minutes, null);
        }
    }

    // destinations

    private Component destinationsSection() {
        webhookUrl.setPlaceholder("https://alerts.example.org/seatkeeper");
        webhookUrl.setHelperText("Receives a signed JSON message when an alert is raised and when it ends. Leave"
                + " empty to send none.");
        recipients.setPlaceholder("it-team@example.org, licences@example.org");
        recipients.setHelperText(
                alerts.mailConfigured()
                        ? "Email addresses separated by commas. Leave empty to send no email."
                        : "No mail server is set up for this installation yet: emails are sent once the operator sets one.");
        for (TextField field : List.of(webhookUrl, recipients)) {
            field.setManualValidation(true);
            field.setWidthFull();
        }
        secret.setManualValidation(true);
        secret.setWidthFull();
        destinationsBanner.setId("alert-destinations-banner");
        destinationsBanner.addClassName("form-error");
        destinationsBanner.setVisible(false);
        saveDestinations.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDestinations.setId("save-alert-destinations");
        showDestinations(alerts.destinations());
        FormLayout form = new FormLayout(webhookUrl, secret, recipients);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("40em");
        VerticalLayout tab = new VerticalLayout(destinationsBanner, form, saveDestinations);
        tab.setPadding(false);
        return tab;
    }

    void saveDestinations() {
        destinationsBanner.setVisible(false);
        try {
            showDestinations(alerts.changeDestinations(
                    webhookUrl.getValue(), secret.getValue(), recipients.getValue(), destinationsVersion));
            Toasts.success("Alert destinations saved.");
        } catch (AlertDestinationRefusedException refused) {
            showProblem(
                    switch (refused.field()) {
                        case WEBHOOK_URL -> webhookUrl;
                        case SECRET -> secret;
                        case RECIPIENTS -> recipients;
                    },
                    Refusals.text(refused));
        } catch (RefusedException refused) {
            destinationsBanner.setText(Refusals.text(refused));
            destinationsBanner.setVisible(true);
        }
    }

    private void showDestinations(AlertDestinations stored) {
        webhookUrl.setValue(stored.webhookUrl());
        recipients.setValue(stored.recipients());
        secret.clear();
        secret.setHelperText(
                stored.secretSet()
                        ? "A secret is set and is not shown. Type a new one to replace it, or leave empty to keep it."
                        : "At least " + AlertDestinations.MIN_SECRET
                                + " characters, shared with the receiver, which uses it"
                                + " to check each message's signature.");
        destinationsVersion = stored.version();
        showProblem(webhookUrl, null);
        showProblem(secret, null);
        showProblem(recipients, null);
    }

    // delivery attempts

    private Component attemptsSection() {
        attempts.addColumn(row -> SHORT.format(row.attemptedAt()))
                .setHeader("When")
                .setWidth("7em")
                .setFlexGrow(0);
        attempts.addColumn(DeliveryAttempt::channel)
                .setHeader("By")
                .setWidth("5em")
                .setFlexGrow(0);
        attempts.addColumn(DeliveryAttempt::target)
                .setHeader("To")
                .setWidth("8em")
                .setFlexGrow(1);
        attempts.addColumn(DeliveryAttempt::subject)
                .setHeader("Message")
                .setWidth("10em")
                .setFlexGrow(2);
        attempts.addColumn(AlertsView::outcome)
                .setHeader("Outcome")
                .setWidth("8em")
                .setFlexGrow(1);
        attempts.addColumn(row -> row.nextRetryAt() == null ? "" : SHORT.format(row.nextRetryAt()))
                .setHeader("Next try")
                .setWidth("7em")
                .setFlexGrow(0);
        attempts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        attempts.setItems(
                query -> alerts.deliveryAttempts(query.getOffset(), query.getLimit()).stream(),
                query -> alerts.deliveryAttemptCount());
        attempts.setEmptyStateText("Nothing has been sent yet.");
        attempts.setWidthFull();
        attempts.setHeight("14em");
        attempts.setId("alert-delivery-attempts");
        return attempts;
    }

    static String outcome(DeliveryAttempt attempt) {
        String status = attempt.httpStatus() == null ? "" : "HTTP " + attempt.httpStatus();
        if (attempt.delivered()) {
            return status.isEmpty() ? "Delivered" : "Delivered (" + status + ")";
        }
        String failed = attempt.error() != null ? attempt.error() : status;
        return "Failed: " + failed + (attempt.nextRetryAt() == null ? ". Given up." : "");
    }

    private static void showProblem(com.vaadin.flow.component.HasValidation field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
    }
}
