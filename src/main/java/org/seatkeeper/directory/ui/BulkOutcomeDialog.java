package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.seatkeeper.directory.BulkOutcome;
import org.seatkeeper.shared.ui.Refusals;

/** What happened to each selected user: done, or refused with the service's reason. */
class BulkOutcomeDialog extends Dialog {

    final List<BulkOutcome> outcomes;

    BulkOutcomeDialog(String title, List<BulkOutcome> outcomes) {
        this.outcomes = outcomes;
        setHeaderTitle(title);
        long done = outcomes.stream().filter(BulkOutcome::done).count();
        add(new Paragraph(getTranslation("bulk.done-count", done, outcomes.size())));
        for (BulkOutcome o : outcomes) {
            Span badge = new Span(getTranslation(o.done() ? "bulk.done" : "bulk.refused"));
            badge.addClassName(o.done() ? "outcome-success" : "outcome-failure");
            Div line = new Div(badge, new Span(" " + text(o)));
            line.addClassName("bulk-outcome");
            add(line);
        }
        getFooter().add(new Button(getTranslation("form.close"), e -> close()));
    }

    /** "Pat Smith activated.", or the refusal with its figures, in the page's language. */
    private String text(BulkOutcome outcome) {
        if (!outcome.done()) {
            return Refusals.text(outcome.refusal());
        }
        return getTranslation(outcome.activating() ? "bulk.activated" : "bulk.deactivated", outcome.user());
    }
}
