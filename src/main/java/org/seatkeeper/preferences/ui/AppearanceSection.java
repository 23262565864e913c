package org.seatkeeper.preferences.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.seatkeeper.directory.MyAccountSection;
import org.seatkeeper.preferences.Appearance;
import org.seatkeeper.preferences.AppearanceShown;
import org.seatkeeper.preferences.Preferences;

/** "Appearance" in My account: light, dark or as the device is set, remembered for the account. */
@org.springframework.stereotype.Component
class AppearanceSection implements MyAccountSection {

    private final Preferences preferences;

    AppearanceSection(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Component create() {
        RadioButtonGroup<Appearance> choice = new RadioButtonGroup<>();
        choice.setId("appearance");
        choice.setAriaLabel(choice.getTranslation("appearance.heading"));
        choice.setItems(Appearance.values());
        choice.setItemLabelGenerator(appearance -> choice.getTranslation(appearance.labelKey()));
        choice.setValue(preferences.appearance());
        choice.addValueChangeListener(event -> {
            if (event.getValue() != null && event.getValue() != event.getOldValue() && event.isFromClient()) {
                preferences.setAppearance(event.getValue());
                choice.getUI().ifPresent(ui -> AppearanceShown.apply(ui, event.getValue()));
            }
        });
        // The header's switch may change it while this page is open.
        choice.addAttachListener(attach -> {
            var registration = AppearanceShown.listen(attach.getUI(), shown -> choice.setValue(shown.appearance()));
            choice.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
        VerticalLayout section = new VerticalLayout(new H2(choice.getTranslation("appearance.heading")), choice);
        section.setPadding(false);
        return section;
    }
}
