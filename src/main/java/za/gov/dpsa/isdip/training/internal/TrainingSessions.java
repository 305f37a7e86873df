package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.data.platform.RegistrationEntity;
import za.gov.dpsa.isdip.training.data.platform.RegistrationRepository;
import za.gov.dpsa.isdip.training.data.platform.SessionEntity;
import za.gov.dpsa.isdip.training.data.platform.SessionRepository;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * Instructor-led sessions: trainers schedule them and mark attendance; officials of the departments a course is
 * published to register, and join the waiting list when the session is full. Registrations are platform data
 * holding only what the trainer needs to run the session: the name and the department.
 */
@Service
public class TrainingSessions {

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TrainingCourses courses;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final AuditTrail auditTrail;
    private final Notifications notifications;
    private final DepartmentMembers members;
    private final Clock clock;

    TrainingSessions(SessionRepository sessions, RegistrationRepository registrations, TrainingCourses courses,
                     DepartmentDirectory directory, TenantWork tenantWork, AuditTrail auditTrail,
                     Notifications notifications, DepartmentMembers members, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.courses = courses;
        this.directory = directory;
        this.tenantWork = tenantWork;
        this.auditTrail = auditTrail;
        this.notifications = notifications;
        this.members = members;
        this.clock = clock;
    }

    // ---- trainers -----------------------------------------------------------------------------------------

    public long schedule(SessionInput input) {
        PortalUser trainer = TrainingCourses.trainer();
        if (input.courseId() == null || courses.find(input.courseId()).isEmpty()) {
            throw new InvalidInput("course", "training.invalid.required");
        }
        if (input.startsAt() == null) {
            throw new InvalidInput("startsAt", "training.invalid.required");
        }
        if (input.endsAt() == null) {
            throw new InvalidInput("endsAt", "training.invalid.required");
        }
        Instant starts = input.startsAt().atZone(PortalTime.ZONE).toInstant();
        Instant ends = input.endsAt().atZone(PortalTime.ZONE).toInstant();
        if (!starts.isAfter(clock.instant())) {
            throw new InvalidInput("startsAt", "training.invalid.startsInPast");
        }
        if (!ends.isAfter(starts)) {
            throw new InvalidInput("endsAt", "training.invalid.endsBeforeStart");
        }
        String venue = TrainingCourses.blankToNull(input.venue());
        String link = TrainingCourses.blankToNull(input.onlineLink());
        if (venue == null && link == null) {
            throw new InvalidInput("venue", "training.invalid.venueOrLink");
        }
        if (venue != null && venue.length() > 300) {
            throw new InvalidInput("venue", "training.invalid.tooLong");
        }
        if (link != null && !isWebAddress(link)) {
            throw new InvalidInput("onlineLink", "training.invalid.url");
        }
        if (input.capacity() == null || input.capacity() < 1 || input.capacity() > 1000) {
            throw new InvalidInput("capacity", "training.invalid.range");
        }
        return tenantWork.inPlatform(() -> sessions.save(new SessionEntity(input.courseId(), starts, ends, venue,
                link, input.capacity(), trainer.username())).getId());
    }

    /** Cancels a session; everyone registered or waiting is told in their own department. */
    public void cancel(long sessionId) {
        TrainingCourses.trainer();
        String title = courseTitle(sessionId);
        List<RegistrationEntity> told = tenantWork.inPlatform(() -> {
            SessionEntity session = session(sessionId);
            session.setCancelled(true);
            return registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId).stream()
                    .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED).toList();
        });
        String when = tenantWork.inPlatform(() -> whenOf(session(sessionId)));
        for (RegistrationEntity registration : told) {
            tell(registration, "training.notification.sessionCancelled", title, when);
        }
    }

    /** Every session, newest first, for trainers. */
    public List<TrainingSession> all() {
        TrainingCourses.trainer();
        return tenantWork.inPlatform(() -> {
            Map<Long, String> titles = titles();
            return sessions.findAllByOrderByStartsAtDesc().stream().map(s -> view(s, titles, null)).toList();
        });
    }

    /** Who registered, for the trainer running the session; each look is logged as a view of personal data. */
    public List<Registrant> registrants(long sessionId) {
        PortalUser trainer = TrainingCourses.trainer();
        Function<String, String> departmentName = id -> directory.find(id).map(Department::name).orElse(id);
        return tenantWork.inPlatform(() -> {
            session(sessionId);
            auditTrail.record(AuditTrail.VIEW_PERSONAL_INFORMATION, "TrainingSession", sessionId,
                    "Registrants viewed by " + trainer.username() + " to run the session");
            return registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId).stream()
                    .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
                    .map(r -> new Registrant(r.getId(), r.getDisplayName(), departmentName.apply(r.getDepartmentId()),
                            r.getStatus(), r.getRegisteredAt(), r.getAttended()))
                    .toList();
        });
    }

    public void markAttendance(long registrationId, boolean attended) {
        TrainingCourses.trainer();
        tenantWork.inPlatform(() -> {
            RegistrationEntity registration = registrations.findById(registrationId)
                    .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                    .orElseThrow(() -> new NotFound("registration " + registrationId));
            registration.setAttended(attended);
        });
    }

    // ---- officials ----------------------------------------------------------------------------------------

    /** Upcoming sessions of the courses published to the official's department, with their registration. */
    public List<TrainingSession> upcomingForMe() {
        Learning.Official official = Learning.official();
        Map<Long, CourseSummary> published = courses.publishedTo(official.department()).stream()
                .collect(Collectors.toMap(CourseSummary::id, c -> c));
        return tenantWork.inPlatform(() -> {
            Map<Long, RegistrationStatus> mine = registrations.findByDepartmentIdAndUsername(official.department(),
                    official.username()).stream().collect(Collectors.toMap(RegistrationEntity::getSessionId,
                    RegistrationEntity::getStatus));
            Map<Long, String> titles = published.values().stream()
                    .collect(Collectors.toMap(CourseSummary::id, CourseSummary::title));
            return sessions.findByEndsAtAfterOrderByStartsAt(clock.instant()).stream()
                    .filter(s -> published.containsKey(s.getCourseId()) && !s.isCancelled())
                    .map(s -> view(s, titles, mine.get(s.getId())))
                    .toList();
        });
    }

    /** Registers the official: a place while there is one, else the waiting list. Registering twice is harmless. */
    public RegistrationStatus register(long sessionId) {
        Learning.Official official = Learning.official();
        long courseId = tenantWork.inPlatform(() -> session(sessionId).getCourseId());
        if (courses.publishedTo(official.department()).stream().noneMatch(c -> c.id() == courseId)) {
            throw new NotFound("session " + sessionId);
        }
        return tenantWork.inPlatform(() -> {
            SessionEntity session = sessions.findForUpdate(sessionId).orElseThrow(() -> new NotFound("session"));
            if (session.isCancelled() || !session.getStartsAt().isAfter(clock.instant())) {
                throw new TrainingExceptions.NotAllowed("training.session.closed");
            }
            Optional<RegistrationEntity> existing = registrations.findBySessionIdAndDepartmentIdAndUsername(sessionId,
                    official.department(), official.username());
            if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
                return existing.get().getStatus();
            }
            RegistrationStatus status = registrations.countBySessionIdAndStatus(sessionId,
                    RegistrationStatus.REGISTERED) < session.getCapacity() ? RegistrationStatus.REGISTERED
                    : RegistrationStatus.WAITLISTED;
            RegistrationEntity registration = existing.orElseGet(() -> new RegistrationEntity(sessionId,
                    official.department(), official.username(), official.user().displayName(), status,
                    clock.instant()));
            registration.setStatus(status);
            registration.setRegisteredAt(clock.instant());
            registrations.save(registration);
            return status;
        });
    }

    /** Gives up the official's place; the first on the waiting list takes it and is told. */
    public void cancelRegistration(long sessionId) {
        Learning.Official official = Learning.official();
        Optional<RegistrationEntity> promoted = tenantWork.inPlatform(() -> {
            sessions.findForUpdate(sessionId).orElseThrow(() -> new NotFound("session"));
            RegistrationEntity registration = registrations.findBySessionIdAndDepartmentIdAndUsername(sessionId,
                    official.department(), official.username()).orElseThrow(() -> new NotFound("registration"));
            boolean hadPlace = registration.getStatus() == RegistrationStatus.REGISTERED;
            registration.setStatus(RegistrationStatus.CANCELLED);
            registrations.flush();
            if (!hadPlace) {
                return Optional.<RegistrationEntity>empty();
            }
            Optional<RegistrationEntity> next = registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId)
                    .stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED).findFirst();
            next.ifPresent(r -> r.setStatus(RegistrationStatus.REGISTERED));
            return next;
        });
        if (promoted.isPresent()) {
            String when = tenantWork.inPlatform(() -> whenOf(session(sessionId)));
            tell(promoted.get(), "training.notification.placeFreed", courseTitle(sessionId), when);
        }
    }

    /**
     * A notice in the official's own department, delivered (and logged) as a boundary crossing; an email copy
     * goes to the address their department's member copy holds (registrations keep no address).
     */
    private void tell(RegistrationEntity registration, String messageKey, String title, String when) {
        tenantWork.deliverTo(registration.getDepartmentId(), "dpsa.accessLog.deliver.trainingNotice", List.of(title),
                () -> {
            String email = members.find(registration.getUsername()).map(DepartmentMember::email).orElse(null);
            notifications.notifyUser(registration.getUsername(), email, messageKey, List.of(title, when),
                    "training/sessions");
            return null;
        });
    }

    private String courseTitle(long sessionId) {
        long courseId = tenantWork.inPlatform(() -> session(sessionId).getCourseId());
        return courses.find(courseId).map(CourseSummary::title).orElse("");
    }

    private static String whenOf(SessionEntity session) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(session.getStartsAt().atZone(PortalTime.ZONE));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private SessionEntity session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFound("session " + sessionId));
    }

    private Map<Long, String> titles() {
        return courses.list().stream().collect(Collectors.toMap(CourseSummary::id, CourseSummary::title));
    }

    private TrainingSession view(SessionEntity s, Map<Long, String> titles, RegistrationStatus mine) {
        return new TrainingSession(s.getId(), s.getCourseId(), titles.getOrDefault(s.getCourseId(), ""),
                s.getStartsAt(), s.getEndsAt(), s.getVenue(), s.getOnlineLink(), s.getCapacity(), s.getTrainer(),
                s.isCancelled(), (int) registrations.countBySessionIdAndStatus(s.getId(), RegistrationStatus.REGISTERED),
                (int) registrations.countBySessionIdAndStatus(s.getId(), RegistrationStatus.WAITLISTED), mine);
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Comparator<TrainingSession> byStart() {
        return Comparator.comparing(TrainingSession::startsAt);
    }
}
