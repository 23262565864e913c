package org.seatkeeper.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import org.seatkeeper.audit.LogCheck;
import org.seatkeeper.shared.ui.Toasts;

/** "Check integrity" on a log page: verifies the log's signatures and chain and says what it found. */
final class IntegrityCheckButton {

    private IntegrityCheckButton() {}

    static Button of(String id, Supplier<LogCheck> check) {
        Button button = new Button("Check integrity", VaadinIcon.SHIELD.create(), e -> {
            LogCheck result = check.get();
            if (result.intact()) {
                Toasts.success(result.summary());
            } else {
                Toasts.error(result.summary());
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText("Checks that no entry of this log was changed, removed or added outside Seatkeeper");
        return button;
    }
}
