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
        InstallationFacts facts = installation.facts();
        FormLayout details = new FormLayout();
        details.addFormItem(value("customer-id", facts.customerId()), "Customer ID");
        details.addFormItem(value("instance-number", facts.instanceNumber()), "Instance number");
        details.addFormItem(value("server-ip", facts.serverIp()), "Server IP");
        details.addFormItem(value("version", facts.version()), "Version");
        add(new H1("Installation"), details);
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
