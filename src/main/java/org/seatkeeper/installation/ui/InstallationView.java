package org.seatkeeper.installation.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.seatkeeper.installation.InstallationFacts;
import org.seatkeeper.installation.InstallationService;
import org.seatkeeper.shared.Roles;

@Route("installation")
@Menu(title = "menu.installation", order = 90, icon = "vaadin:server")
@RolesAllowed(Roles.ADMIN)
class InstallationView extends VerticalLayout {

    InstallationView(InstallationService installation) {
        InstallationFacts facts = installation.facts().shown(this::getTranslation);
        FormLayout details = new FormLayout();
        details.addFormItem(value("customer-id", facts.customerId()), getTranslation("installation.customer-id"));
        details.addFormItem(
                value("instance-number", facts.instanceNumber()), getTranslation("installation.instance-number"));
        details.addFormItem(value("server-ip", facts.serverIp()), getTranslation("installation.server-ip"));
        details.addFormItem(value("version", facts.version()), getTranslation("installation.version"));
        add(new H1(getTranslation("menu.installation")), details);
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
