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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.alerts.AlertDestinationRefusedException;
import org.seatkeeper.alerts.AlertDestinations;
import org.seatkeeper.alerts.AlertEpisode;
import org.seatkeeper.alerts.AlertRule;
import org.seatkeeper.alerts.AlertRuleRefusedException;
import org.seatkeeper.alerts.DeliveryAttempt;
import org.seatkeeper.alerts.UsageAlerts;
import org.seatkeeper.directory.ConcurrentPool;
import org.seatkeeper.sessions.PoolNames;
import org.seatkeeper.shared.CurrentUser;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Roles;
import org.seatkeeper.shared.ui.PeopleTime;
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

    final Grid<AlertEpisode> episodes = new Grid<>();
    final Grid<DeliveryAttempt> attempts = new Grid<>();
    final Map<ConcurrentPool, RuleFields> rules = new EnumMap<>(ConcurrentPool.class);
    final Div rulesBanner = new Div();
    final Button saveRules = new Button(getTranslation("alerts.rules.save"), e -> saveRules());
    final TextField webhookUrl = new TextField(getTranslation("alerts.destinations.webhook"));
    final PasswordField secret = new PasswordField(getTranslation("alerts.destinations.secret"));
    final TextField recipients = new TextField(getTranslation("alerts.destinations.recipients"));
    final Div destinationsBanner = new Div();
    final Button saveDestinations = new Button(getTranslation("alerts.destinations.save"), e -> saveDestinations());
    private final UsageAlerts alerts;
    private final Clock clock;
    private final boolean administrator;
    private long destinationsVersion;

    /** The fields of one pool's rules. */
    static final class RuleFields {
        final Checkbox highUse = new Checkbox();
        final IntegerField percent = new IntegerField();
        final IntegerField minutes = new IntegerField();
        final Checkbox refusal = new Checkbox();
        long version;

        RuleFields(Component words) {
            highUse.setLabel(words.getTranslation("alerts.rule.high-use"));
            percent.setLabel(words.getTranslation("alerts.rule.percent"));
            minutes.setLabel(words.getTranslation("alerts.rule.minutes"));
            refusal.setLabel(words.getTranslation("alerts.rule.refusal"));
        }
    }

    AlertsView(UsageAlerts alerts, CurrentUser currentUser, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
        this.administrator = currentUser.hasRole(Roles.ADMIN);
        setWidthFull();
        add(new H1(getTranslation("menu.alerts")), new Paragraph(getTranslation("alerts.intro")));
        add(new H2(getTranslation("alerts.episodes")), episodesSection());
        add(new H2(getTranslation("alerts.rules")), rulesSection());
        if (administrator) {
            add(new H2(getTranslation("alerts.destinations")), destinationsSection());
        }
        add(new H2(getTranslation("alerts.attempts")), attemptsSection());
    }

    // episodes

    private Component episodesSection() {
        Instant now = clock.instant();
        // the alert's sentence names the pool; short times and small minimum widths keep it within 1280x800
        episodes.addColumn(row -> row.alert().sentence(this::getTranslation, PeopleTime.zone(), getLocale(), now))
                .setHeader(getTranslation("alerts.episodes.alert"))
                .setWidth("12em")
                .setFlexGrow(3);
        episodes.addColumn(row -> row.alert().rule(this::getTranslation))
                .setHeader(getTranslation("alerts.episodes.rule"))
                .setWidth("8em")
                .setFlexGrow(1);
        episodes.addColumn(row -> PeopleTime.dateAndMinute(row.raisedAt()))
                .setHeader(getTranslation("alerts.episodes.raised"))
                .setWidth("7em")
                .setFlexGrow(0);
        episodes.addColumn(row -> row.alert().clearedAt() == null
                        ? getTranslation("alerts.episodes.open")
                        : PeopleTime.dateAndMinute(row.alert().clearedAt()))
                .setHeader(getTranslation("alerts.episodes.ended"))
                .setWidth("7em")
                .setFlexGrow(0);
        episodes.addComponentColumn(this::acknowledgement)
                .setHeader(getTranslation("alerts.episodes.acknowledged"))
                .setWidth("9em")
                .setFlexGrow(1);
        episodes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        episodes.setItems(
                query -> alerts.episodes(query.getOffset(), query.getLimit()).stream(), query -> alerts.episodeCount());
        episodes.setEmptyStateText(getTranslation("alerts.episodes.none"));
        episodes.setWidthFull();
        episodes.setHeight("14em");
        episodes.setId("alert-episodes");
        return episodes;
    }

    private Component acknowledgement(AlertEpisode row) {
        if (row.acknowledgedAt() != null) {
            return new Span(getTranslation(
                    "alerts.episodes.acknowledged-by",
                    row.acknowledgedBy(),
                    PeopleTime.dateAndMinute(row.acknowledgedAt())));
        }
        if (row.alert().clearedAt() != null) {
            return new Span(getTranslation("alerts.episodes.not-acknowledged"));
        }
        Button acknowledge = new Button(getTranslation("alerts.acknowledge"), e -> {
            try {
                alerts.acknowledge(row.alert().id());
                Toasts.success(getTranslation("alerts.acknowledged"));
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
            RuleFields fields = new RuleFields(this);
            for (IntegerField field : List.of(fields.percent, fields.minutes)) {
                field.setManualValidation(true);
                field.setStepButtonsVisible(false);
                field.setReadOnly(!administrator);
                field.setWidth("12em");
            }
            fields.percent.setHelperText(getTranslation("alerts.rule.range", 100));
            fields.minutes.setHelperText(getTranslation("alerts.rule.range", AlertRule.MAX_MINUTES));
            fields.highUse.setReadOnly(!administrator);
            fields.refusal.setReadOnly(!administrator);
            rules.put(pool, fields);
            HorizontalLayout row = new HorizontalLayout(fields.highUse, fields.percent, fields.minutes, fields.refusal);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            tab.add(new H3(getTranslation(PoolNames.key(pool))), row);
        }
        showRules(alerts.rules());
        if (administrator) {
            saveRules.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveRules.setId("save-alert-rules");
            tab.add(saveRules);
        } else {
            tab.add(new Paragraph(getTranslation("alerts.rules.administrators-only")));
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
            Map<AlertRule.Field, ? extends RefusedException> problems = rule.refusals();
            showProblem(rules.get(rule.pool()).percent, problems.get(AlertRule.Field.PERCENT));
            showProblem(rules.get(rule.pool()).minutes, problems.get(AlertRule.Field.MINUTES));
            valid &= problems.isEmpty();
        }
        if (!valid) {
            return;
        }
        try {
            showRules(alerts.changeRules(candidate));
            Toasts.success(getTranslation("alerts.rules.saved"));
        } catch (AlertRuleRefusedException refused) {
            RuleFields fields = rules.get(refused.pool());
            showProblem(refused.field() == AlertRule.Field.PERCENT ? fields.percent : fields.minutes, refused);
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
        webhookUrl.setHelperText(getTranslation("alerts.destinations.webhook.helper"));
        recipients.setPlaceholder(getTranslation("alerts.destinations.recipients.placeholder"));
        recipients.setHelperText(
                alerts.mailConfigured()
                        ? getTranslation("alerts.destinations.recipients.helper")
                        : getTranslation("alerts.destinations.recipients.no-mail-server"));
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
            Toasts.success(getTranslation("alerts.destinations.saved"));
        } catch (AlertDestinationRefusedException refused) {
            showProblem(
                    switch (refused.field()) {
                        case WEBHOOK_URL -> webhookUrl;
                        case SECRET -> secret;
                        case RECIPIENTS -> recipients;
                    },
                    refused);
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
                        ? getTranslation("alerts.destinations.secret.set")
                        : getTranslation("alerts.destinations.secret.helper", AlertDestinations.MIN_SECRET));
        destinationsVersion = stored.version();
        showProblem(webhookUrl, null);
        showProblem(secret, null);
        showProblem(recipients, null);
    }

    // delivery attempts

    private Component attemptsSection() {
        attempts.addColumn(row -> PeopleTime.dateAndMinute(row.attemptedAt()))
                .setHeader(getTranslation("alerts.attempts.when"))
                .setWidth("7em")
                .setFlexGrow(0);
        attempts.addColumn(this::channel)
                .setHeader(getTranslation("alerts.attempts.by"))
                .setWidth("5em")
                .setFlexGrow(0);
        attempts.addColumn(DeliveryAttempt::target)
                .setHeader(getTranslation("alerts.attempts.to"))
                .setWidth("8em")
                .setFlexGrow(1);
        attempts.addColumn(DeliveryAttempt::subject)
                .setHeader(getTranslation("alerts.attempts.message"))
                .setWidth("10em")
                .setFlexGrow(2);
        attempts.addColumn(this::outcome)
                .setHeader(getTranslation("alerts.attempts.outcome"))
                .setWidth("8em")
                .setFlexGrow(1);
        attempts.addColumn(row -> row.nextRetryAt() == null ? "" : PeopleTime.dateAndMinute(row.nextRetryAt()))
                .setHeader(getTranslation("alerts.attempts.next"))
                .setWidth("7em")
                .setFlexGrow(0);
        attempts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        attempts.setItems(
                query -> alerts.deliveryAttempts(query.getOffset(), query.getLimit()).stream(),
                query -> alerts.deliveryAttemptCount());
        attempts.setEmptyStateText(getTranslation("alerts.attempts.none"));
        attempts.setWidthFull();
        attempts.setHeight("14em");
        attempts.setId("alert-delivery-attempts");
        return attempts;
    }

    /** "Delivered (HTTP 204)", "Failed: HTTP 500. Given up.": the error itself as the receiver or mail server said it. */
    String outcome(DeliveryAttempt attempt) {
        String status = attempt.httpStatus() == null ? "" : "HTTP " + attempt.httpStatus();
        if (attempt.delivered()) {
            return status.isEmpty()
                    ? getTranslation("alerts.attempts.delivered")
                    : getTranslation("alerts.attempts.delivered-with", status);
        }
        String failed = attempt.error() != null ? attempt.error() : status;
        return attempt.nextRetryAt() == null
                ? getTranslation("alerts.attempts.given-up", failed)
                : getTranslation("alerts.attempts.failed", failed);
    }

    /** "Webhook" or "Email", not the stored channel code. */
    private String channel(DeliveryAttempt attempt) {
        return "EMAIL".equals(attempt.channel())
                ? getTranslation("alerts.attempts.by.email")
                : getTranslation("alerts.attempts.by.webhook");
    }

    /** A field's problem in the reader's language with its figures; none clears it. */
    private static void showProblem(com.vaadin.flow.component.HasValidation field, RefusedException problem) {
        field.setErrorMessage(problem == null ? null : Refusals.text(problem));
        field.setInvalid(problem != null);
    }
}
