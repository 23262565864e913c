package org.seatkeeper.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.alerts.AlertsFeed;
import org.seatkeeper.alerts.UsageAlerts;
import org.seatkeeper.preferences.Appearance;
import org.seatkeeper.preferences.AppearanceShown;
import org.seatkeeper.preferences.LanguageSwitch;
import org.seatkeeper.preferences.Preferences;
import org.seatkeeper.security.PortalSeat;
import org.seatkeeper.sessions.SeatKind;
import org.seatkeeper.shared.CurrentUser;

/**
 * The frame around every signed-in view. The navigation lists only the views the signed-in person
 * may open: {@link MenuConfiguration} applies the same access control as navigation does.
 * <p>
 * For people who use a keyboard or a screen reader (docs/decisions/0013-accessibility.md) the frame
 * gives the page its landmarks: the bar at the top is the banner ({@code header}), the side
 * navigation is a {@code nav}, and each view sits in the one {@code main}. After every navigation
 * inside the portal, focus moves to the view's level-one heading, so a screen reader reads where the
 * person has arrived and the next Tab starts in the view, not back in the navigation.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Button appearance = new Button();
    final Main main = new Main();
    final AlertBanner alertBanner;
    private boolean firstView = true;
    private final Preferences preferences;
    private Registration appearanceShown;

    public MainLayout(
            AuthenticationContext authentication,
            CurrentUser currentUser,
            Preferences preferences,
            UsageAlerts alerts,
            AlertsFeed alertsFeed,
            Clock clock) {
        this.preferences = preferences;
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");

        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.setId("signed-in-user");
        Button signOut = new Button(getTranslation("header.sign-out"), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        appearance.setId("appearance-toggle");
        appearance.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        appearance.addClickListener(e -> toggleAppearance());

        HorizontalLayout bar =
                new HorizontalLayout(title, who, LanguageSwitch.forAccount(preferences), appearance, signOut);
        seatBadge(currentUser).map(this::badge).ifPresent(badge -> bar.addComponentAtIndex(1, badge));
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-header");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("header.navigation.toggle"));
        Header banner = new Header(toggle, bar);
        banner.addClassName("app-banner");
        // named, so it stays distinguishable from the header landmark a dialog brings along
        banner.getElement().setAttribute("aria-label", getTranslation("app.name"));

        main.setId("main-content");
        main.addClassName("view-main");
        // the usage alerts sit above the view, outside main, as a named region of their own
        alertBanner = new AlertBanner(alerts, alertsFeed, currentUser, clock);
        Div frame = new Div(alertBanner, main);
        frame.addClassName("view-frame");
        setContent(frame);

        addToNavbar(banner);
        addToDrawer(navigation(getTranslation("header.navigation.label")));
        setPrimarySection(Section.DRAWER);
    }

    /** Each view goes into the one {@code main} landmark rather than straight into the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /**
     * Moves focus to the new view's heading. Not on the first view of a page load: the browser then
     * starts at the top of the page, where the skip past the navigation is the {@code main} landmark.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        alertBanner.refresh();
        List<H1> headings = headings(main);
        headings.forEach(heading -> heading.getElement().setAttribute("tabindex", "-1"));
        if (!firstView && !headings.isEmpty()) {
            headings.getFirst().getElement().executeJs("this.focus()");
        }
        firstView = false;
    }

    /** The level-one headings in a component tree, in order: a view must have exactly one. */
    public static List<H1> headings(Component root) {
        List<H1> found = new ArrayList<>();
        if (root instanceof H1 heading) {
            found.add(heading);
        }
        root.getChildren().forEach(child -> found.addAll(headings(child)));
        return found;
    }

    /** The person's remembered appearance, applied to every page they open in this tab. */
    @Override
    protected void onAttach(AttachEvent event) {
        appearanceShown = AppearanceShown.listen(event.getUI(), shown -> showSwitch(shown.appearance()));
        AppearanceShown.apply(event.getUI(), preferences.appearance());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        appearanceShown.remove();
    }

    void toggleAppearance() {
        Appearance next = preferences.appearance() == Appearance.DARK ? Appearance.LIGHT : Appearance.DARK;
        preferences.setAppearance(next);
        getUI().ifPresent(ui -> AppearanceShown.apply(ui, next));
    }

    private void showSwitch(Appearance current) {
        boolean dark = current == Appearance.DARK;
        appearance.setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        String action = getTranslation(dark ? "header.appearance.to-light" : "header.appearance.to-dark");
        appearance.setTooltipText(action);
        appearance.setAriaLabel(action);
    }

    /**
     * A person on a view-only or overflow seat sees it (seed 004): the portal is read-only for them
     * apart from their own account, which is all a user without administrator rights can change.
     */
    private static Optional<PortalSeat> seatBadge(CurrentUser currentUser) {
        return currentUser.authentication().map(PortalSeat::of).filter(PortalSeat::readOnly);
    }

    private Span badge(PortalSeat seat) {
        Span badge = new Span(
                getTranslation(seat.seat() == SeatKind.OVERFLOW ? "header.seat.overflow" : "header.seat.view-only"));
        badge.setId("seat-badge");
        badge.addClassName("seat-badge");
        return badge;
    }

    /**
     * The page title of the view shown, in the page's language: its {@code @Menu} title is its key. A view
     * without a menu entry keeps its {@code @PageTitle}. Vaadin asks the layout, as it is in the chain of
     * the view, when the view itself gives no dynamic title.
     */
    @Override
    public String getPageTitle() {
        Class<?> view = getUI().map(ui -> ui.getInternals().getActiveRouterTargetsChain())
                .filter(chain -> !chain.isEmpty())
                .map(chain -> (Class<?>) chain.getFirst().getClass())
                .orElse(null);
        if (view == null) {
            return "";
        }
        Menu menu = view.getAnnotation(Menu.class);
        if (menu != null) {
            return getTranslation("page.title", getTranslation(menu.title()));
        }
        PageTitle fixed = view.getAnnotation(PageTitle.class);
        return fixed == null ? "" : fixed.value();
    }

    private SideNav navigation(String label) {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        nav.getElement().setAttribute("aria-label", label);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
