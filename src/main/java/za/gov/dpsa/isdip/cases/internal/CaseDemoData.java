package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.cases.data.department.CaseCitizenEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseCitizenRepository;
import za.gov.dpsa.isdip.cases.data.department.CaseEventEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseEventRepository;
import za.gov.dpsa.isdip.cases.data.department.CasePauseEntity;
import za.gov.dpsa.isdip.cases.data.department.CasePauseRepository;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseEntity;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseRepository;
import za.gov.dpsa.isdip.cases.sla.SlaClock;
import za.gov.dpsa.isdip.cases.sla.SlaStatus;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data for the embedded run: a few hundred realistic cases per department over the last year, the same
 * on every machine (seeded by the department id), so the lists, dashboard and SLA figures look like a real
 * department's. Off unless {@code isdip.demo-data.cases-per-department} is set; departments that already
 * have cases are left alone.
 */
@Component
class CaseDemoData {

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);
    private static final String[][] TITLES = {
            {"SDIP", "Annual SDIP progress report for {s} is incomplete",
                    "SDIP standards for {s} do not match the service charter",
                    "Consultation arrangements for {s} not recorded in the SDIP"},
            {"SERVICE_CHARTER", "Service charter not displayed at {p}", "Charter for {s} lists outdated opening hours",
                    "Service charter needs translation for {p}"},
            {"SERVICE_STANDARDS", "Turnaround time for {s} exceeds the published standard",
                    "No service standard published for {s}", "Queue times at {p} above standard"},
            {"OMF", "Business process for {s} not mapped", "SOP for {s} outdated after system change",
                    "Service delivery model approval outstanding for {s}"},
            {"COMPLAINTS_MANAGEMENT", "Complaint about {s} not acknowledged within 7 days",
                    "Complaints register at {p} not kept up to date", "Citizen complaint: rude treatment at {p}"},
            {"BATHO_PELE", "Signage and access for people with disabilities at {p}",
                    "Citizens not informed of service changes at {p}", "Redress not offered for failed {s}"},
            {"OTHER", "Khaedu deployment report on {p} needs follow-up", "FSDM monitoring visit to {p}: improvement plan",
                    "Public Service Month activity at {p} not reported"}};
    private static final String[] POINTS = {"Head office", "Regional office", "Service centre", "District office",
            "Mobile unit", "Call centre", "Satellite office"};
    private static final String[] CITIZENS = {"Nomsa Dube", "Themba Mokoena", "Fatima Adams", "Johannes Pretorius",
            "Zodwa Nkosi", "Ravi Pillay", "Lindani Cele", "Grace Maluleke"};

    private final int perDepartment;
    private final TenantWork tenantWork;
    private final SupportCaseRepository cases;
    private final CaseEventRepository events;
    private final CasePauseRepository pauses;
    private final CaseCitizenRepository citizens;
    private final DepartmentMembers members;
    private final CoreServices coreServices;
    private final EscalationService escalations;
    private final SlaClock slaClock;
    private final Clock clock;

    CaseDemoData(@Value("${isdip.demo-data.cases-per-department:0}") int perDepartment, TenantWork tenantWork,
                 SupportCaseRepository cases, CaseEventRepository events, CasePauseRepository pauses,
                 CaseCitizenRepository citizens, DepartmentMembers members, CoreServices coreServices,
                 EscalationService escalations, SlaClock slaClock, Clock clock) {
        this.perDepartment = perDepartment;
        this.tenantWork = tenantWork;
        this.cases = cases;
        this.events = events;
        this.pauses = pauses;
        this.citizens = citizens;
        this.members = members;
        this.coreServices = coreServices;
        this.escalations = escalations;
        this.slaClock = slaClock;
        this.clock = clock;
    }

    /** Before other demo data (reporting counts these cases). */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(10)
    void seedDemoDepartments() {
        if (perDepartment <= 0) {
            return;
        }
        JsonNode realm = realm();
        tenantWork.forEachDepartment(department -> {
            List<DepartmentMember> officials = recordDemoMembers(realm, department);
            if (cases.count() == 0 && !officials.isEmpty()) {
                long started = System.nanoTime();
                generate(department, officials);
                log.info("Demo data: {} cases for {} in {} ms", perDepartment, department.id(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    private List<DepartmentMember> recordDemoMembers(JsonNode realm, Department department) {
        List<DepartmentMember> officials = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            boolean member = false;
            for (JsonNode group : user.path("groups")) {
                member |= group.asString().equals("/departments/" + department.id());
            }
            if (!member) {
                continue;
            }
            Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
            user.path("realmRoles").forEach(r -> PortalRole.fromRoleName(r.asString()).ifPresent(roles::add));
            DepartmentMember official = new DepartmentMember(user.path("username").asString(),
                    user.path("firstName").asString() + " " + user.path("lastName").asString(),
                    user.path("email").asString(), roles);
            members.record(official);
            if (roles.contains(PortalRole.DEPT_USER)) {
                officials.add(official);
            }
        }
        return officials;
    }

    private void generate(Department department, List<DepartmentMember> officials) {
        Random random = new Random(department.id().hashCode());
        List<String> services = coreServices.list().stream().map(CoreService::name).toList();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PortalTime.ZONE);
        int escalatedSoFar = 0;
        for (int i = 0; i < perDepartment; i++) {
            // More recent cases than old ones, as in a department that uses the portal more over time.
            int ageDays = (int) Math.floor(365 * Math.pow(random.nextDouble(), 1.6));
            LocalDate day = today.minusDays(ageDays);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            }
            Instant created = LocalDateTime.of(day, LocalTime.of(7, 45).plusMinutes(random.nextInt(480)))
                    .atZone(PortalTime.ZONE).toInstant();
            if (created.isAfter(now)) {
                created = now.minus(Duration.ofMinutes(30 + random.nextInt(120)));
            }
            String[] templates = TITLES[random.nextInt(TITLES.length)];
            Mechanism category = Mechanism.valueOf(templates[0]);
            String service = services.isEmpty() ? "the service" : services.get(random.nextInt(services.size()));
            String point = POINTS[random.nextInt(POINTS.length)];
            String title = templates[1 + random.nextInt(templates.length - 1)].replace("{s}", service.toLowerCase())
                    .replace("{p}", point.toLowerCase());
            CasePriority priority = pick(random, new int[] {25, 45, 22, 8}, CasePriority.values());
            DepartmentMember author = officials.get(random.nextInt(officials.size()));
            DepartmentMember worker = officials.get(random.nextInt(officials.size()));
            SupportCaseEntity entity = new SupportCaseEntity(capitalise(title), "Logged by " + author.displayName()
                    + " for " + service + " at the " + point.toLowerCase() + ". " + detail(category, random),
                    category, service, point, priority, author.username(), created);
            SlaStatus initial = slaClock.evaluate(created, priority, null, null, List.of(), created);
            entity.setResponseDueAt(initial.responseDue());
            entity.setResolutionDueAt(initial.resolutionDue());
            entity.setHasCitizen(category == Mechanism.COMPLAINTS_MANAGEMENT);
            cases.save(entity);
            entity.setReference(department.shortCode().toUpperCase() + "-" + day.getYear() + "-"
                    + String.format("%06d", entity.getId()));
            List<CaseEventEntity> timeline = new ArrayList<>();
            timeline.add(event(entity, created, author, CaseEventType.CREATED, null, null, CaseStatus.NEW));
            if (entity.isHasCitizen()) {
                citizens.save(new CaseCitizenEntity(entity.getId(), CITIZENS[random.nextInt(CITIZENS.length)] + " (demo)",
                        null, "+27 82 555 " + String.format("%04d", random.nextInt(10_000)), null));
            }
            // How far the case has come depends on its age.
            double progress = Math.min(1.0, ageDays / 45.0) + random.nextDouble() * 0.3;
            Instant assigned = created.plus(Duration.ofMinutes(20 + random.nextInt(600)));
            if (progress > 0.15 && assigned.isBefore(now)) {
                entity.setAssignee(worker.username());
                entity.setStatus(CaseStatus.ASSIGNED);
                entity.setFirstResponseAt(assigned);
                timeline.add(event(entity, assigned, author, CaseEventType.ASSIGNMENT, worker.displayName(),
                        CaseStatus.NEW, CaseStatus.ASSIGNED));
                Instant started = assigned.plus(Duration.ofHours(1 + random.nextInt(30)));
                if (progress > 0.3 && started.isBefore(now)) {
                    entity.setStatus(CaseStatus.IN_PROGRESS);
                    timeline.add(event(entity, started, worker, CaseEventType.STATUS, null, CaseStatus.ASSIGNED,
                            CaseStatus.IN_PROGRESS));
                    double target = slaClock.evaluate(created, priority, null, null, List.of(), created)
                            .resolutionDue().getEpochSecond() - created.getEpochSecond();
                    // Seven in ten cases are resolved within their target.
                    double share = random.nextDouble() < 0.7 ? 0.2 + random.nextDouble() * 0.75
                            : 1.05 + random.nextDouble() * 1.5;
                    Instant resolved = created.plusSeconds((long) (target * share));
                    if (progress > 0.9 && resolved.isBefore(now) && resolved.isAfter(started)) {
                        entity.setStatus(CaseStatus.RESOLVED);
                        entity.setResolvedAt(resolved);
                        entity.setResolutionNote("Resolved with the service point: corrective steps agreed and "
                                + "recorded in the improvement plan.");
                        timeline.add(event(entity, resolved, worker, CaseEventType.STATUS,
                                entity.getResolutionNote(), CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED));
                        Instant closed = resolved.plus(Duration.ofDays(1 + random.nextInt(5)));
                        if (closed.isBefore(now) && random.nextDouble() < 0.8) {
                            entity.setStatus(CaseStatus.CLOSED);
                            entity.setClosedAt(closed);
                            timeline.add(event(entity, closed, author, CaseEventType.STATUS, null,
                                    CaseStatus.RESOLVED, CaseStatus.CLOSED));
                        }
                    } else if (random.nextDouble() < 0.12) {
                        Instant paused = started.plus(Duration.ofHours(2));
                        if (paused.isBefore(now)) {
                            entity.setStatus(CaseStatus.AWAITING_INFORMATION);
                            pauses.save(new CasePauseEntity(entity.getId(), paused));
                            timeline.add(event(entity, paused, worker, CaseEventType.STATUS,
                                    "Waiting for the service point's figures.", CaseStatus.IN_PROGRESS,
                                    CaseStatus.AWAITING_INFORMATION));
                        }
                    }
                }
            }
            List<SlaClock.Pause> paused = entity.getStatus() == CaseStatus.AWAITING_INFORMATION
                    ? pauses.findByCaseId(entity.getId()).stream()
                    .map(p -> new SlaClock.Pause(p.getPausedFrom(), p.getPausedUntil())).toList()
                    : List.of();
            SlaStatus sla = slaClock.evaluate(created, priority, entity.getFirstResponseAt(), entity.getResolvedAt(),
                    paused, now);
            entity.setResolutionDueAt(sla.resolutionDue());
            entity.setBreached(sla.resolutionBreached());
            entity.setUpdatedAt(timeline.getLast().getOccurredAt());
            events.saveAll(timeline);
            if (escalatedSoFar < 4 && entity.getStatus().isOpen() && priority.compareTo(CasePriority.HIGH) >= 0
                    && ageDays < 60) {
                escalatedSoFar++;
                entity.setEscalated(true);
                String reason = "The department needs DPSA's guidance: the matter crosses several mechanisms.";
                events.save(event(entity, entity.getUpdatedAt(), worker, CaseEventType.ESCALATED, reason, null, null));
                escalations.receive(department, entity, reason, null, demoUser(worker, department));
            }
        }
    }

    private static PortalUser demoUser(DepartmentMember member, Department department) {
        var claims = new java.util.HashMap<String, Object>();
        claims.put("sub", "demo-" + member.username());
        claims.put("preferred_username", member.username());
        claims.put("name", member.displayName());
        var token = new org.springframework.security.oauth2.core.oidc.OidcIdToken("demo", Instant.EPOCH,
                Instant.EPOCH.plusSeconds(1), claims);
        return new PortalUser(List.of(), token, null, department.id(), member.roles());
    }

    private static CaseEventEntity event(SupportCaseEntity entity, Instant at, DepartmentMember actor,
                                         CaseEventType type, String body, CaseStatus from, CaseStatus to) {
        return new CaseEventEntity(entity.getId(), at, actor.username(), actor.displayName(), type, false, body, from,
                to);
    }

    private static String detail(Mechanism category, Random random) {
        String[] details = switch (category) {
            case COMPLAINTS_MANAGEMENT -> new String[] {"The complainant has called three times without feedback.",
                    "The complaint was logged at the front desk but not captured on the register."};
            case SERVICE_STANDARDS -> new String[] {"Measured waiting time was well above the published standard.",
                    "The standard is not measured at this service point."};
            default -> new String[] {"Found during the quarterly review.", "Raised by the service point manager.",
                    "Identified during a Frontline Service Delivery Monitoring visit."};
        };
        return details[random.nextInt(details.length)];
    }

    private static <T> T pick(Random random, int[] weights, T[] values) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static JsonNode realm() {
        try (InputStream in = new ClassPathResource("keycloak/isdip-realm.json").getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("The demo realm is missing from the classpath", e);
        }
    }
}
