package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.Refusals;

/** Renames one setup-list entry; the service's refusal (a duplicate, say) stays in the dialog. */
class RenameDialog extends Dialog {

    final TextField name = new TextField(getTranslation("rename.name"));
    final Div error = new Div();
    final Button ok = new Button(getTranslation("rename.ok"));

    RenameDialog(String title, String current, Consumer<String> rename, Runnable onDone) {
        setHeaderTitle(title);
        name.setValue(current);
        name.setWidthFull();
        name.setRequired(true);
        error.addClassName("form-error");
        error.setVisible(false);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("profile-form.name.required"));
                return;
            }
            try {
                rename.accept(name.getValue());
            } catch (RefusedException refused) {
                error.setText(Refusals.text(refused));
                error.setVisible(true);
                return;
            }
            close();
            onDone.run();
        });
        add(error, name);
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), ok);
    }
}
