package org.seatkeeper.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;

/**
 * The one way to ask "are you sure?" before something that cannot be undone (delete, revoke): the
 * question as a level-two heading under the view's one level-one heading (Vaadin's default is a level
 * three, which skips a level), the destructive word on a red button, and Cancel in the contrast colour,
 * which keeps AA contrast over the dialog's grey footer in both appearances.
 */
public final class Confirmations {

    private Confirmations() {}

    /** Opens the question; {@code onConfirm} runs only when the person confirms. */
    public static ConfirmDialog ask(String question, String consequence, String confirmWord, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        H2 heading = new H2(question);
        heading.addClassName("confirm-question");
        dialog.setHeader(heading);
        dialog.setText(consequence);
        dialog.setConfirmText(confirmWord);
        dialog.setConfirmButtonTheme("error primary");
        // Closed before the action runs, as the browser does: a refusal then reaches the error handler with
        // no dialog left standing over the page.
        dialog.addConfirmListener(e -> {
            dialog.close();
            onConfirm.run();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(PageWords.of("confirm.cancel"));
        dialog.setCancelButtonTheme("contrast tertiary");
        dialog.open();
        return dialog;
    }
}
