package org.seatkeeper.preferences;

import com.vaadin.flow.component.page.ColorScheme;

/** How the portal looks for one person: Lumo's light or dark colours, or whatever their device prefers. */
public enum Appearance {
    LIGHT("Light", ColorScheme.Value.LIGHT),
    DARK("Dark", ColorScheme.Value.DARK),
    DEVICE("Same as this device", ColorScheme.Value.LIGHT_DARK);

    private final String label;
    private final ColorScheme.Value colorScheme;

    Appearance(String label, ColorScheme.Value colorScheme) {
        this.label = label;
        this.colorScheme = colorScheme;
    }

    public String label() {
        return label;
    }

    /** The bundle key of its name: "Light", "Dark", "Same as this device" in the reader's language. */
    public String labelKey() {
        return switch (this) {
            case LIGHT -> "appearance.light";
            case DARK -> "appearance.dark";
            case DEVICE -> "appearance.device";
        };
    }

    public ColorScheme.Value colorScheme() {
        return colorScheme;
    }
}
