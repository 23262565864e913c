package org.seatkeeper.presence;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.seatkeeper.shared.ui.CountdownAnnouncement;

/** The countdown before an idle timeout (rule 11), with the one button that keeps the user signed in. */
class IdleNotice extends Dialog {

    final Span secondsLeft = new Span();
    /** The countdown for screen readers: spoken at the start and at a few marks, not every second. */
    final CountdownAnnouncement announcement =
            new CountdownAnnouncement(false, seconds -> getTranslation("presence.idle.announcement", seconds));

    final Button stay;
    private Registration tabClosed;

    IdleNotice(long seconds, Runnable staySignedIn) {
        setHeaderTitle(getTranslation("presence.idle.title"));
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        secondsLeft.setId("idle-seconds-left");
        show(seconds);
        stay = new Button(getTranslation("presence.idle.stay"), e -> staySignedIn.run());
        stay.setId("stay-signed-in");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph countdown =
                Countdowns.around(secondsLeft, getTranslation("presence.idle.countdown", Countdowns.MARK));
        countdown.setId("idle-countdown");
        add(new Paragraph(getTranslation("presence.idle.text")), countdown, announcement);
        getFooter().add(stay);
        addClassName("idle-notice");
    }

    void show(long seconds) {
        secondsLeft.setText(Long.toString(Math.max(0, seconds)));
        announcement.secondsLeft(seconds);
    }

    /** What to stop listening for once this notice is put away. */
    void whenTabCloses(Registration registration) {
        this.tabClosed = registration;
    }

    /** Closes the notice and stops listening for its tab. */
    void dismiss() {
        close();
        if (tabClosed != null) {
            tabClosed.remove();
            tabClosed = null;
        }
    }
}
