package za.gov.dpsa.isdip.training.ui;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.internal.CourseSummary;
import za.gov.dpsa.isdip.training.internal.Registrant;
import za.gov.dpsa.isdip.training.internal.RegistrationStatus;
import za.gov.dpsa.isdip.training.internal.SessionInput;
import za.gov.dpsa.isdip.training.internal.TrainingCourses;
import za.gov.dpsa.isdip.training.internal.TrainingExceptions;
import za.gov.dpsa.isdip.training.internal.TrainingSession;
import za.gov.dpsa.isdip.training.internal.TrainingSessions;
import za.gov.dpsa.isdip.platform.ui.component.RequiredChoice;

/**
 * Instructor-led sessions. Trainers schedule them, see who registered (name and department) and mark attendance;
 * officials register for the sessions of courses published to their department, or join the waiting list.
 */
@Route("training/sessions")
@RolesAllowed({PortalRole.Names.TRAINER, PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN,
        PortalRole.Names.DEPT_REPORTER})
public class SessionsView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingSessions sessions;
    private final TrainingCourses courses;
    final Grid<TrainingSession> grid = new Grid<>(TrainingSession.class, false);
    final ComboBox<CourseSummary> course = new ComboBox<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final TextField venue = new TextField();
    final TextField onlineLink = new TextField();
    final IntegerField capacity = new IntegerField();
    final Button schedule = new Button();
    final Div registrantsArea = new Div();
    Grid<Registrant> registrants;

    public SessionsView(TrainingSessions sessions, TrainingCourses courses) {
        this.sessions = sessions;
        this.courses = courses;
        PortalUser user = PortalUser.current().orElseThrow();
        add(new PageHeader(getTranslation("training.sessions.title")), TrainingUi.navigation(this));
        if (user.hasRole(PortalRole.TRAINER)) {
            trainerView();
        } else if (user.workingDepartment().isPresent()) {
            officialView();
        } else {
            add(new Paragraph(getTranslation("training.notYours")));
        }
    }

    // ---- trainers -----------------------------------------------------------------------------------------

    private void trainerView() {
        grid.setId("training-sessions");
        grid.setAriaLabel(getTranslation("training.sessions.title"));
        columns();
        grid.addColumn(s -> s.cancelled() ? getTranslation("training.sessions.cancelled")
                : getTranslation("training.sessions.places", s.registered(), s.capacity(), s.waitlisted()))
                .setHeader(getTranslation("training.sessions.registrations"));
        grid.addComponentColumn(s -> {
            Button open = new Button(getTranslation("training.sessions.registrants"), click -> showRegistrants(s));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.getElement().setAttribute("aria-label", getTranslation("training.sessions.registrants") + ": "
                    + s.courseTitle() + " " + PortalDates.dateTime(s.startsAt()));
            Button cancel = new Button(getTranslation("training.sessions.cancel"), click -> {
                sessions.cancel(s.id());
                refresh();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            cancel.setVisible(!s.cancelled());
            return new HorizontalLayout(open, cancel);
        });
        refresh();
        grid.setAllRowsVisible(true);
        registrantsArea.setId("session-registrants");
        add(grid, registrantsArea, scheduleForm());
    }

    private Section scheduleForm() {
        Section section = new Section(new H2(getTranslation("training.sessions.schedule")));
        section.addClassName("portal-card");
        course.setLabel(getTranslation("training.course"));
        course.setItems(courses.list());
        course.setItemLabelGenerator(CourseSummary::title);
        course.setRequiredIndicatorVisible(true);
        course.setId("session-course");
        startsAt.setLabel(getTranslation("training.sessions.startsAt"));
        startsAt.setId("session-starts");
        RequiredChoice.mark(startsAt);
        endsAt.setLabel(getTranslation("training.sessions.endsAt"));
        endsAt.setId("session-ends");
        RequiredChoice.mark(endsAt);
        PortalDates.southAfrican(startsAt, endsAt);
        startsAt.addValueChangeListener(e -> {
            if (e.getValue() != null && endsAt.isEmpty()) {
                endsAt.setValue(e.getValue().plusHours(3));
            }
        });
        venue.setLabel(getTranslation("training.sessions.venue"));
        venue.setId("session-venue");
        venue.setWidth("min(30em, 100%)");
        onlineLink.setLabel(getTranslation("training.sessions.onlineLink"));
        onlineLink.setHelperText(getTranslation("training.sessions.venueOrLink"));
        onlineLink.setId("session-link");
        onlineLink.setWidth("min(30em, 100%)");
        capacity.setLabel(getTranslation("training.sessions.capacity"));
        capacity.setValue(25);
        capacity.setId("session-capacity");
        schedule.setText(getTranslation("training.sessions.scheduleButton"));
        schedule.setId("session-schedule");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TrainingUi.FieldErrors errors = new TrainingUi.FieldErrors(this).field("course", course)
                .field("startsAt", startsAt).field("endsAt", endsAt).field("venue", venue)
                .field("onlineLink", onlineLink).field("capacity", capacity);
        schedule.addClickListener(click -> {
            LocalDateTime start = startsAt.getValue();
            LocalDateTime end = endsAt.getValue();
            if (errors.run(() -> sessions.schedule(new SessionInput(course.getValue() == null ? null
                    : course.getValue().id(), start, end, venue.getValue(), onlineLink.getValue(),
                    capacity.getValue())))) {
                TrainingUi.done(this, "training.sessions.scheduled");
                venue.clear();
                onlineLink.clear();
                refresh();
            }
        });
        section.add(new HorizontalLayout(course, capacity), new HorizontalLayout(startsAt, endsAt), venue,
                onlineLink, schedule);
        return section;
    }

    private void showRegistrants(TrainingSession session) {
        registrantsArea.removeAll();
        registrants = new Grid<>(Registrant.class, false);
        registrants.setId("registrants");
        registrants.setAriaLabel(getTranslation("training.sessions.registrants"));
        registrants.addColumn(Registrant::displayName).setHeader(getTranslation("training.name"));
        registrants.addColumn(Registrant::departmentName).setHeader(getTranslation("training.department"));
        registrants.addColumn(r -> getTranslation("training.registration." + r.status().name()))
                .setHeader(getTranslation("training.status"));
        registrants.addColumn(r -> r.attended() == null ? "" : getTranslation(r.attended()
                ? "training.sessions.attended" : "training.sessions.absent"))
                .setHeader(getTranslation("training.sessions.attendance"));
        registrants.addComponentColumn(r -> {
            if (r.status() != RegistrationStatus.REGISTERED) {
                return new Span();
            }
            Button present = new Button(getTranslation("training.sessions.markAttended"), click -> {
                sessions.markAttendance(r.id(), true);
                showRegistrants(session);
            });
            present.getElement().setAttribute("aria-label", getTranslation("training.sessions.markAttended") + ": "
                    + r.displayName());
            Button absent = new Button(getTranslation("training.sessions.markAbsent"), click -> {
                sessions.markAttendance(r.id(), false);
                showRegistrants(session);
            });
            absent.getElement().setAttribute("aria-label", getTranslation("training.sessions.markAbsent") + ": "
                    + r.displayName());
            present.addThemeVariants(ButtonVariant.LUMO_SMALL);
            absent.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(present, absent);
        });
        List<Registrant> list = sessions.registrants(session.id());
        registrants.setItems(list);
        registrants.setAllRowsVisible(true);
        registrantsArea.add(new H2(getTranslation("training.sessions.registrantsOf", session.courseTitle(),
                PortalDates.dateTime(session.startsAt()))), new Paragraph(getTranslation("training.sessions.popia")));
        registrantsArea.add(list.isEmpty() ? new EmptyState(getTranslation("training.sessions.noRegistrants"))
                : registrants);
    }

    // ---- officials ----------------------------------------------------------------------------------------

    private void officialView() {
        add(new Paragraph(getTranslation("training.sessions.help")));
        grid.setId("training-sessions");
        grid.setAriaLabel(getTranslation("training.sessions.title"));
        columns();
        grid.addColumn(s -> s.full() ? getTranslation("training.sessions.full", s.waitlisted())
                : getTranslation("training.sessions.free", s.capacity() - s.registered()))
                .setHeader(getTranslation("training.sessions.places.header"));
        grid.addColumn(s -> s.myStatus() == null || s.myStatus() == RegistrationStatus.CANCELLED ? ""
                : getTranslation("training.registration." + s.myStatus().name()))
                .setHeader(getTranslation("training.sessions.mine"));
        grid.addComponentColumn(s -> {
            boolean registered = s.myStatus() == RegistrationStatus.REGISTERED
                    || s.myStatus() == RegistrationStatus.WAITLISTED;
            Button action = new Button(getTranslation(registered ? "training.sessions.unregister"
                    : s.full() ? "training.sessions.waitlist" : "training.sessions.register"), click -> {
                try {
                    if (registered) {
                        sessions.cancelRegistration(s.id());
                    } else {
                        RegistrationStatus status = sessions.register(s.id());
                        TrainingUi.done(this, "training.registration.done." + status.name());
                    }
                } catch (TrainingExceptions.NotAllowed e) {
                    TrainingUi.error(this, e.messageKey());
                }
                refreshOfficial();
            });
            action.addThemeVariants(ButtonVariant.LUMO_SMALL);
            action.getElement().setAttribute("aria-label", action.getText() + ": " + s.courseTitle() + " "
                    + PortalDates.dateTime(s.startsAt()));
            return action;
        });
        grid.setAllRowsVisible(true);
        refreshOfficial();
        add(grid);
    }

    private void columns() {
        grid.addColumn(TrainingSession::courseTitle).setHeader(getTranslation("training.course")).setFlexGrow(2);
        grid.addColumn(s -> PortalDates.dateTime(s.startsAt()) + " - " + s.endsAt().atZone(PortalTime.ZONE)
                .toLocalTime()).setHeader(getTranslation("training.sessions.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            Div where = new Div();
            if (s.venue() != null) {
                where.add(new Span(s.venue()));
            }
            if (s.onlineLink() != null) {
                Anchor link = new Anchor(s.onlineLink(), getTranslation("training.sessions.join"), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                where.add(new Span(" "), link);
            }
            return where;
        }).setHeader(getTranslation("training.sessions.where")).setFlexGrow(2);
    }

    private void refresh() {
        grid.setItems(sessions.all());
    }

    private void refreshOfficial() {
        grid.setItems(sessions.upcomingForMe());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.sessions.title") + " | " + getTranslation("app.name");
    }
}
