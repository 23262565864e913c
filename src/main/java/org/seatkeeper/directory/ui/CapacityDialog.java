package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;

/**
 * Support changes one purchased figure (a pot, a pool, the administrator limit) with a mandatory
 * reason that goes into the administration log. A refusal (rule 3) stays in the dialog.
 */
class CapacityDialog extends Dialog {

    interface Change {
        void apply(int capacity, String reason);
    }

    final IntegerField capacity = new IntegerField(getTranslation("capacity.new"));
    final TextArea reason = new TextArea(getTranslation("capacity.reason"));
    final Div error = new Div();
    final Button save = new Button(getTranslation("capacity.change"));

    private final Binder<Object[]> binder = new Binder<>();
    private final Change change;
    private final Runnable onChanged;

    CapacityDialog(String title, int current, Change change, Runnable onChanged) {
        this.change = change;
        this.onChanged = onChanged;
        setHeaderTitle(title);
        capacity.setMin(0);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(getTranslation("capacity.now", current));
        reason.setHelperText(getTranslation("capacity.reason.helper"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        error.addClassName("form-error");
        error.setVisible(false);
        binder.forField(capacity)
                .asRequired(getTranslation("capacity.required"))
                .withValidator(v -> v >= 0, getTranslation("capacity.negative"))
                .bind(a -> (Integer) a[0], (a, v) -> a[0] = v);
        binder.forField(reason)
                .asRequired(getTranslation("capacity.reason.required"))
                .bind(a -> (String) a[1], (a, v) -> a[1] = v);
        binder.readBean(new Object[] {current, null});
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(error, new FormLayout(capacity, reason));
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), save);
    }

    void save() {
        Object[] values = new Object[2];
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        try {
            change.apply((Integer) values[0], ((String) values[1]).trim());
        } catch (RefusedException refused) {
            error.setText(Refusals.text(refused));
            error.setVisible(true);
            return;
        }
        close();
        Toasts.success(getTranslation("capacity.changed", values[0]));
        onChanged.run();
    }
}
