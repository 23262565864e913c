package org.seatkeeper.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import org.seatkeeper.shared.Language;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.Texts;

/**
 * A refusal as the person on this page reads it: in the page's language, with its figures
 * (docs/decisions/0025-languages-and-time-zones.md). Views, dialogs and the error handler show a
 * {@link RefusedException} through this rather than its English message.
 */
public final class Refusals {

    private Refusals() {}

    /** The refusal's sentence in the current page's language; its English message outside a page. */
    public static String text(RefusedException refused) {
        UI ui = UI.getCurrent();
        VaadinService service = VaadinService.getCurrent();
        if (ui == null || service == null || !(service.getInstantiator().getI18NProvider() instanceof Texts texts)) {
            return refused.getMessage();
        }
        return texts.refusal(refused, Language.of(ui.getLocale()));
    }
}
