package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.standards.data.department.ActionItemEntity;
import za.gov.dpsa.isdip.standards.data.department.ActionItemRepository;
import za.gov.dpsa.isdip.standards.data.department.AssessmentEntity;
import za.gov.dpsa.isdip.standards.data.department.AssessmentRepository;
import za.gov.dpsa.isdip.standards.data.department.SdipPlanEntity;
import za.gov.dpsa.isdip.standards.data.department.SdipPlanRepository;
import za.gov.dpsa.isdip.standards.data.department.SdipServiceEntity;
import za.gov.dpsa.isdip.standards.data.department.SdipStandardEntity;
import za.gov.dpsa.isdip.standards.data.department.ServiceSopRepository;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for the embedded run: each demo department has assessed most published standards (some gaps, with
 * actions, a few of them overdue), keeps an SDIP and has mapped processes and SOPs for some core services, the same on every machine (seeded by the department id).
 * Off unless {@code isdip.demo-data.alignment} is true; a department that already assessed anything is left
 * alone. Runs after the catalogue is seeded and before the reporting demo data, whose reports count these.
 */
@Component
class AlignmentDemoData {

    private static final Logger log = LoggerFactory.getLogger(AlignmentDemoData.class);
    private static final String[] OWNERS = {"Director: Service Delivery Improvement", "Chief Director: Operations",
            "Deputy Director: Client Services", "Director: Communication", "Head of Complaints Management"};

    private final boolean enabled;
    private final TenantWork tenantWork;
    private final Catalogue catalogue;
    private final AssessmentRepository assessments;
    private final ActionItemRepository actions;
    private final SdipPlanRepository plans;
    private final CoreServices coreServices;
    private final ServiceRegister register;
    private final ServiceSopRepository sops;
    private final Clock clock;

    AlignmentDemoData(@Value("${isdip.demo-data.alignment:false}") boolean enabled, TenantWork tenantWork,
                      Catalogue catalogue, AssessmentRepository assessments, ActionItemRepository actions,
                      SdipPlanRepository plans, CoreServices coreServices, ServiceRegister register,
                      ServiceSopRepository sops, Clock clock) {
        this.register = register;
        this.sops = sops;
        this.enabled = enabled;
        this.tenantWork = tenantWork;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.actions = actions;
        this.plans = plans;
        this.coreServices = coreServices;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    void seedDemoDepartments() {
        if (!enabled) {
            return;
        }
        List<HarmonisedStandard> published = catalogue.published();
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        tenantWork.forEachDepartment(department -> {
            seed(department.id(), department.name(), published, today);
            seedServiceRegister(department.id(), today);
        });
    }

    /**
     * Process maps and SOPs for the department's core services, recorded by an official through the register (so
     * the audit trail has them): the first service fully covered, the second with a SOP past its review date, the
     * third still being mapped, the rest not started. Approvals lie a year back, so past quarters count them.
     * A department that recorded any SOP is left alone.
     */
    void seedServiceRegister(String departmentId, LocalDate today) {
        if (sops.count() > 0) {
            return;
        }
        PortalUser official = PortalUser.acting(departmentId + ".official", "Demo official", departmentId,
                PortalRole.DEPT_USER);
        official.runAs(() -> {
            List<RegisteredService> services = register.services(false);
            for (int i = 0; i < services.size() && i < 3; i++) {
                RegisteredService service = services.get(i);
                String slug = service.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                String link = "https://intranet." + departmentId + ".gov.za/processes/" + slug;
                if (i == 2) {
                    register.saveMap(service.id(), service.rowVersion(), new RegisteredService.MapInput(
                            ProcessMapStatus.IN_PROGRESS, null, null, null, false, null, null));
                    register.addSop(service.id(), new Sop.Input("SOP: " + service.name(), "0.9", link + "/sop-draft.pdf",
                            null, null, false, null, null, today.plusMonths(6)));
                    continue;
                }
                LocalDate mapApproved = today.minusDays(420 + i * 30L);
                register.saveMap(service.id(), service.rowVersion(), new RegisteredService.MapInput(
                        ProcessMapStatus.APPROVED, link + "/process-map.pdf", null, null, false,
                        "Director-General", mapApproved));
                LocalDate sopApproved = mapApproved.plusDays(30);
                // The second service's SOP was due for review three weeks ago: flagged "review overdue".
                LocalDate review = i == 0 ? today.plusMonths(8) : today.minusDays(21);
                register.addSop(service.id(), new Sop.Input("SOP: " + service.name(), "2.1", link + "/sop.pdf",
                        null, null, false, "Chief Director: Operations", sopApproved, review));
            }
        });
    }

    /** Seeds the department of the current context, unless it assessed anything already. */
    void seed(String departmentId, String departmentName, List<HarmonisedStandard> published, LocalDate today) {
        if (assessments.count() > 0) {
            return;
        }
        Random random = new Random(departmentId.hashCode());
        String assessor = departmentId + ".official";
        int gaps = 0;
        for (HarmonisedStandard standard : published) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            int roll = random.nextInt(100);
            Rating rating = roll < 55 ? Rating.COMPLIANT : roll < 75 ? Rating.PARTIALLY
                    : roll < 92 ? Rating.NOT_COMPLIANT : Rating.NOT_APPLICABLE;
            LocalDate assessedOn = today.minusDays(5 + random.nextInt(120));
            String evidence = switch (rating) {
                case COMPLIANT -> "In place: " + standard.evidenceExpected() + " (filed by the SDI unit).";
                case PARTIALLY -> "Partly in place: " + standard.evidenceExpected() + " for some service points only.";
                case NOT_COMPLIANT -> "Not yet in place; see the action plan.";
                case NOT_APPLICABLE -> "The department has no frontline service points for this standard.";
            };
            AssessmentEntity saved = assessments.save(new AssessmentEntity(standard.code(), standard.version(),
                    standard.title(), rating, evidence, null, null, assessor, "Demo official, " + departmentName,
                    assessedOn, assessedOn.atTime(10, 0).atZone(PortalTime.ZONE).toInstant()));
            if (rating.isGap()) {
                gaps++;
                // Due dates from six weeks ago to three months ahead: some fall overdue.
                LocalDate due = today.plusDays(random.nextInt(135) - 45);
                ActionItemEntity action = new ActionItemEntity(standard.code(), saved.getId(),
                        "Close the gap: " + standard.title(), OWNERS[random.nextInt(OWNERS.length)], due, assessor,
                        clock.instant());
                if (gaps % 2 == 1) {
                    // Every other action is the demo official's own: their "my actions" and reminders.
                    action.assignTo(assessor, "Demo official, " + departmentName);
                }
                if (random.nextBoolean()) {
                    action.update(action.getTitle(), action.getOwner(), due, ActionStatus.IN_PROGRESS, today);
                }
                actions.save(action);
            }
        }
        seedSdip(random, today);
        log.info("Alignment demo data for {}: {} standards assessed, {} gaps with actions", departmentId,
                assessments.count(), gaps);
    }

    private void seedSdip(Random random, LocalDate today) {
        if (plans.count() > 0) {
            return;
        }
        int fiscalYear = SdipPlans.fiscalYear(today);
        SdipPlanEntity plan = new SdipPlanEntity(fiscalYear - 1, 3);
        plan.update(fiscalYear - 1, 3,
                "Quarterly client satisfaction surveys at every service point, an annual izimbizo per district and "
                        + "the service charter review with organised labour and client forums.",
                "Mobile units for rural areas, ramps and accessible counters at all offices, extended hours on "
                        + "Saturdays in month-end weeks, and information in the official languages of each area.",
                "system", clock.instant());
        int position = 0;
        for (CoreService service : coreServices.list().stream().limit(2).toList()) {
            SdipServiceEntity row = new SdipServiceEntity(service.id(), service.name(),
                    service.recipients() == null ? "Citizens" : service.recipients(), position++);
            Map<BathoPelePrinciple, String[]> standards = new EnumMap<>(BathoPelePrinciple.class);
            standards.put(BathoPelePrinciple.SERVICE_STANDARDS, new String[] {"Served within 15 working days",
                    "Served within 10 working days"});
            standards.put(BathoPelePrinciple.ACCESS, new String[] {"Available at district offices",
                    "Available at district offices and mobile units"});
            standards.put(BathoPelePrinciple.INFORMATION, new String[] {"Pamphlets in English",
                    "Pamphlets and website in the official languages of the province"});
            standards.put(BathoPelePrinciple.REDRESS, new String[] {"Complaints acknowledged within 14 days",
                    "Complaints acknowledged within 7 days and resolved within 30"});
            standards.forEach((principle, pair) -> row.getStandards().add(new SdipStandardEntity(principle, pair[0],
                    pair[1])));
            plan.getServices().add(row);
        }
        int state = random.nextInt(10);
        LocalDate submitted = LocalDate.of(fiscalYear, 3, 15).minusYears(1);
        if (state >= 2) {
            plan.submit("system", submitted, clock.instant());
        }
        if (state >= 4) {
            plan.approve("Head of Department and Executive Authority", submitted.plusDays(10), "system",
                    clock.instant());
        }
        plans.save(plan);
    }
}
