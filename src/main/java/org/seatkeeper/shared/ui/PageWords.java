package org.seatkeeper.shared.ui;

import com.vaadin.flow.component.UI;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.Texts;

/**
 * Words in the current page's language for helpers that are not components themselves (a confirmation,
 * an export link, the error handler); English where there is no page, as in a plain unit test.
 */
public final class PageWords {

    private static final Texts ENGLISH = new Texts();

    private PageWords() {}

    public static String of(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getTranslation(key, args) : ENGLISH.text(Language.ENGLISH, key, args);
    }
}
