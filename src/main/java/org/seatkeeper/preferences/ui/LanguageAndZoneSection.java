package org.seatkeeper.preferences.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.ZoneId;
import org.seatkeeper.directory.MyAccountSection;
import org.seatkeeper.preferences.LanguageSwitch;
import org.seatkeeper.preferences.Preferences;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.ui.PeopleTime;
import org.seatkeeper.shared.ui.Toasts;

/** "Language and time zone" in My account, remembered for the account on every browser. */
@org.springframework.stereotype.Component
class LanguageAndZoneSection implements MyAccountSection {

    private final Preferences preferences;

    LanguageAndZoneSection(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Component create() {
        Select<Language> language = LanguageSwitch.forAccount(preferences);
        language.setId("my-language");
        language.setLabel(language.getTranslation("preferences.place.language"));

        ComboBox<String> zone = new ComboBox<>(language.getTranslation("preferences.place.zone"));
        zone.setId("time-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setWidth("20em");
        zone.setAllowCustomValue(false);
        zone.addAttachListener(attach -> {
            zone.setValue(PeopleTime.zone().getId());
            showNow(zone);
        });
        zone.addValueChangeListener(event -> {
            if (!event.isFromClient()
                    || event.getValue() == null
                    || event.getValue().equals(event.getOldValue())) {
                return;
            }
            ZoneId chosen = preferences.setTimeZone(event.getValue());
            zone.getUI().ifPresent(ui -> PeopleTime.useZone(ui.getSession(), chosen));
            showNow(zone);
            Toasts.success(zone.getTranslation("preferences.place.zone.saved", chosen.getId()));
        });

        VerticalLayout section =
                new VerticalLayout(new H2(language.getTranslation("preferences.place.heading")), language, zone);
        section.setPadding(false);
        return section;
    }

    private static void showNow(ComboBox<String> zone) {
        zone.setHelperText(zone.getTranslation("preferences.place.zone.helper", PeopleTime.dateTime(Instant.now())));
    }
}
