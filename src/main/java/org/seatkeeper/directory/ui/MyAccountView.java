package org.seatkeeper.directory.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.seatkeeper.directory.MyAccount;
import org.seatkeeper.directory.MyAccountService;

@Route("my-account")
@PageTitle("My account | Seatkeeper")
@Menu(title = "My account", order = 100, icon = "vaadin:user")
@PermitAll
class MyAccountView extends VerticalLayout {

    MyAccountView(MyAccountService myAccount) {
        MyAccount me = myAccount.current();
        FormLayout details = new FormLayout();
        details.addFormItem(new Span(me.fullName()), "Name");
        details.addFormItem(new Span(me.username()), "Username");
        details.addFormItem(new Span(me.email() == null ? "" : me.email()), "Email");
        details.addFormItem(new Span(me.role().name()), "Role");
        details.addFormItem(new Span(me.validUntil() == null ? "no end date" : me.validUntil().toString()), "Valid until");
        add(new H2("My account"), details);
    }
}
