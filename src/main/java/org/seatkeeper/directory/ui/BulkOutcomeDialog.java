package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.seatkeeper.directory.BulkOutcome;

/** What happened to each selected user: done, or refused with the service's reason. */
class BulkOutcomeDialog extends Dialog {

    final List<BulkOutcome> outcomes;

    BulkOutcomeDialog(String title, List<BulkOutcome> outcomes) {
        this.outcomes = outcomes;
        setHeaderTitle(title);
        long done = outcomes.stream().filter(BulkOutcome::done).count();
        add(new Paragraph(done + " of " + outcomes.size() + " done."));
        for (BulkOutcome o : outcomes) {
            Span badge = new Span(o.done() ? "Done" : "Refused");
            badge.addClassName(o.done() ? "outcome-success" : "outcome-failure");
            Div line = new Div(badge, new Span(" " + o.message()));
            line.addClassName("bulk-outcome");
            add(line);
        }
        getFooter().add(new Button("Close", e -> close()));
    }
}
