package za.gov.dpsa.isdip.platform.ui;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.platform.i18n.LanguagePreferences;
import za.gov.dpsa.isdip.platform.i18n.LanguageSelect;
import za.gov.dpsa.isdip.platform.i18n.PortalTranslations;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentEntry;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The frame of every view: the department (or DPSA platform) the user works in, who they are, sign-out, and the
 * side navigation built from the views' {@code @Menu} entries that this user may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav navigation = new SideNav();
    private boolean menuBuilt;

    public MainLayout(AuthenticationContext authentication, DepartmentDirectory directory,
                      DepartmentEntry departmentEntry, Notifications notifications, PortalTranslations translations,
                      LanguagePreferences languages) {
        PortalUser user = PortalUser.current().orElseThrow();
        Optional<String> entered = user.worksAcrossDepartments() ? departmentEntry.entered() : Optional.empty();
        Optional<Department> department = entered.or(user::departmentId).flatMap(directory::find);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("portal-app-name");
        Span context = new Span(department.map(Department::name).orElse(getTranslation("header.platform")));
        context.addClassName("portal-department");
        context.setId("header-department");
        Span userName = new Span(getTranslation("header.signedInAs", user.displayName()));
        userName.addClassName("portal-user");
        // On a phone (portal.css, below 800 px) the header keeps the toggle, bell, language and sign-out on one line,
        // the department on a line of its own, and hands the application's and user's names to the drawer.
        Div drawerContext = new Div(new Span(getTranslation("app.name")),
                new Span(getTranslation("header.signedInAs", user.displayName())));
        drawerContext.addClassName("portal-drawer-context");
        drawerContext.setId("drawer-user");
        Button logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), appName, context);
        header.addClassName("portal-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        HorizontalLayout account = new HorizontalLayout(new LanguageSelect(translations, languages, user), userName,
                logout);
        if (user.isAssigned()) {
            account.addComponentAsFirst(new NotificationBell(notifications, user));
        }
        account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addAndExpand(new Div());
        header.add(account);
        addToNavbar(header);

        entered.ifPresent(id -> {
            Button leave = new Button(getTranslation("header.leave"), click -> {
                departmentEntry.leave();
                getUI().ifPresent(ui -> ui.getPage().setLocation("dpsa"));
            });
            leave.setId("leave-department");
            Div banner = new Div(new Span(getTranslation("header.entered",
                    department.map(Department::name).orElse(id))), leave);
            banner.addClassName("portal-entered-banner");
            banner.getElement().setAttribute("role", "status");
            addToNavbar(banner);
        });

        // Named for screen readers; sighted users recognise the navigation without a caption.
        navigation.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        addToDrawer(drawerContext, navigation);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Built once per UI: menu entries are filtered by access control (each user sees only what they may open),
        // which checks every route, and new items on every navigation would cost a round trip and bytes of their own.
        // The side navigation marks the current item by itself. Roles do not change within a session: a role change
        // ends the session (RoleChanges), and entering or leaving a department reloads the page.
        if (menuBuilt) {
            return;
        }
        menuBuilt = true;
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            navigation.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
    }
}
