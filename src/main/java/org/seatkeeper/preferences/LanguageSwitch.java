package org.seatkeeper.preferences;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import org.seatkeeper.shared.Language;

/**
 * The language menu on the sign-in page and in the header. Picking a language remembers it in this
 * browser (and, when someone is signed in, for their account) and reloads the page, so every word on
 * it, including those a component set up front, comes again in the new language.
 */
public final class LanguageSwitch {

    private LanguageSwitch() {}

    /** For the sign-in page: remembered in this browser only. */
    public static Select<Language> forSignIn() {
        return create(language -> {});
    }

    /** For the header: remembered for the account too. */
    public static Select<Language> forAccount(Preferences preferences) {
        return create(preferences::setLanguage);
    }

    private static Select<Language> create(Consumer<Language> remember) {
        Select<Language> select = new Select<>();
        select.setId("language");
        select.addClassName("language-switch");
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::ownName);
        // named in both languages: the person looking for it may not read the current one
        select.setAriaLabel("Language / Språk");
        select.addAttachListener(
                attach -> select.setValue(Language.of(attach.getUI().getLocale())));
        select.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null || event.getValue() == event.getOldValue()) {
                return;
            }
            remember.accept(event.getValue());
            UI ui = UI.getCurrent();
            ui.getPage().executeJs(PageLanguage.rememberScript(event.getValue()));
            ui.getSession().setLocale(event.getValue().formatsFor(ui.getLocale()));
            ui.getPage().reload();
        });
        return select;
    }
}
