package org.seatkeeper.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import org.seatkeeper.audit.LogCheck;
import org.seatkeeper.shared.ui.PeopleTime;
import org.seatkeeper.shared.ui.Toasts;

/** "Check integrity" on a log page: verifies the log's signatures and chain and says what it found. */
final class IntegrityCheckButton {

    private IntegrityCheckButton() {}

    static Button of(String id, Supplier<LogCheck> check) {
        Button button = new Button();
        button.setText(button.getTranslation("audit.integrity.check"));
        button.setIcon(VaadinIcon.SHIELD.create());
        button.addClickListener(e -> {
            LogCheck result = check.get();
            if (result.intact()) {
                Toasts.success(summary(button, result));
            } else {
                Toasts.error(summary(button, result));
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(button.getTranslation("audit.integrity.check.tooltip"));
        return button;
    }

    /** The result in the reader's language, the entry's time in the reader's zone and format. */
    static String summary(Component reader, LogCheck result) {
        if (result.intact()) {
            return reader.getTranslation("audit.integrity.intact", result.logName(), result.checked());
        }
        LogCheck.Finding finding = result.finding();
        String found = reader.getTranslation(
                finding.key(),
                finding.count(),
                String.valueOf(finding.entryId()),
                finding.at() == null ? "" : PeopleTime.dateTime(finding.at()),
                finding.who() == null ? "" : finding.who());
        return reader.getTranslation("audit.integrity.tampered", result.logName(), found);
    }
}
