package org.seatkeeper.preferences;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Fired on a UI when its appearance is applied, so that the header's switch and My account's choice,
 * both on screen at once, show the same thing whichever of them was used.
 */
public class AppearanceShown extends ComponentEvent<UI> {

    private final Appearance appearance;

    private AppearanceShown(UI ui, Appearance appearance) {
        super(ui, false);
        this.appearance = appearance;
    }

    public Appearance appearance() {
        return appearance;
    }

    /** Applies the appearance to the tab and tells whoever listens on it. */
    public static void apply(UI ui, Appearance appearance) {
        ui.getPage().setColorScheme(appearance.colorScheme());
        ComponentUtil.fireEvent(ui, new AppearanceShown(ui, appearance));
    }

    public static Registration listen(UI ui, ComponentEventListener<AppearanceShown> listener) {
        return ComponentUtil.addListener(ui, AppearanceShown.class, listener);
    }
}
