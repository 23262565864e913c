package org.seatkeeper.presence;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.seatkeeper.shared.ui.CountdownAnnouncement;

/** What a user sees at once when an administrator asks them to sign out (rule 10), with a countdown. */
class SignOutNotice extends Dialog {

    final Span secondsLeft = new Span();
    /** The countdown for screen readers: spoken at the start and at a few marks, not every second. */
    final CountdownAnnouncement announcement =
            new CountdownAnnouncement(true, seconds -> getTranslation("presence.sign-out.announcement", seconds));

    SignOutNotice(long seconds, Runnable signOutNow) {
        setHeaderTitle(getTranslation("presence.sign-out.title"));
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        secondsLeft.setId("sign-out-seconds-left");
        show(seconds);
        Button now = new Button(getTranslation("presence.sign-out.now"), e -> signOutNow.run());
        now.setId("sign-out-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new Paragraph(getTranslation("presence.sign-out.text")),
                Countdowns.around(secondsLeft, getTranslation("presence.sign-out.countdown", Countdowns.MARK)),
                announcement);
        getFooter().add(now);
        addClassName("sign-out-notice");
    }

    void show(long seconds) {
        secondsLeft.setText(Long.toString(Math.max(0, seconds)));
        announcement.secondsLeft(seconds);
    }
}
