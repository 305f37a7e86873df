package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.standards.data.department.SdipPlanEntity;
import za.gov.dpsa.isdip.standards.data.department.SdipPlanRepository;
import za.gov.dpsa.isdip.standards.data.department.SdipServiceEntity;
import za.gov.dpsa.isdip.standards.data.department.SdipStandardEntity;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's SDIPs, one per cycle, in its own database. Officials draft and submit; the department
 * administrator records the approval (who signed, on which date). Changing a submitted or approved plan sends it
 * back to draft, because the sign-off was given to the earlier text.
 */
@Service
public class SdipPlans {

    private final SdipPlanRepository plans;
    private final CoreServices coreServices;
    private final Clock clock;

    SdipPlans(SdipPlanRepository plans, CoreServices coreServices, Clock clock) {
        this.plans = plans;
        this.coreServices = coreServices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SdipPlan> plans() {
        DepartmentAlignment.member();
        return plans.findAllByOrderByStartYearDesc().stream().map(SdipPlans::toRecord).toList();
    }

    /** The plan of the current financial year's cycle, else the newest plan. */
    @Transactional(readOnly = true)
    public Optional<SdipPlan> current() {
        int fiscalYear = fiscalYear(today());
        List<SdipPlan> all = plans();
        return all.stream().filter(p -> p.covers(fiscalYear)).findFirst().or(() -> all.stream().findFirst());
    }

    @Transactional(readOnly = true)
    public Optional<SdipPlan> plan(long id) {
        DepartmentAlignment.member();
        return plans.findById(id).map(SdipPlans::toRecord);
    }

    /** Every plan, for reporting's jobs (which run without a signed-in member). */
    @Transactional(readOnly = true)
    List<SdipPlan> plansUnchecked() {
        return plans.findAllByOrderByStartYearDesc().stream().map(SdipPlans::toRecord).toList();
    }

    /** Whether an approved plan covers the financial year starting in {@code fiscalYear}. */
    @Transactional(readOnly = true)
    public boolean approvedFor(int fiscalYear) {
        return plans.findAllByOrderByStartYearDesc().stream().map(SdipPlans::toRecord)
                .anyMatch(p -> p.status() == SdipStatus.APPROVED && p.covers(fiscalYear));
    }

    /** Creates (id null) or changes a plan; returns its id. */
    @Transactional
    public long save(Long id, long rowVersion, SdipPlan.Input input) {
        PortalUser user = DepartmentAlignment.official();
        validate(input);
        SdipPlanEntity entity;
        if (id == null) {
            if (plans.findByStartYear(input.startYear()).isPresent()) {
                throw new InvalidInput("startYear", "standards.sdip.invalid.cycleTaken");
            }
            entity = new SdipPlanEntity(input.startYear(), input.years());
        } else {
            entity = load(id, rowVersion);
            Optional<SdipPlanEntity> other = plans.findByStartYear(input.startYear());
            if (other.isPresent() && !other.get().getId().equals(id)) {
                throw new InvalidInput("startYear", "standards.sdip.invalid.cycleTaken");
            }
            if (entity.getStatus() != SdipStatus.DRAFT) {
                entity.reopen(user.username(), clock.instant());
            }
        }
        entity.update(input.startYear(), input.years(), input.consultation().strip(),
                input.accessArrangements().strip(), user.username(), clock.instant());
        entity.getServices().clear();
        int position = 0;
        for (SdipPlan.KeyService service : input.services()) {
            String name = coreServices.find(service.coreServiceId()).map(CoreService::name).orElseThrow();
            SdipServiceEntity row = new SdipServiceEntity(service.coreServiceId(), name,
                    service.recipients().strip(), position++);
            service.standards().forEach((principle, standard) -> {
                if (filled(standard)) {
                    row.getStandards().add(new SdipStandardEntity(principle, standard.current().strip(),
                            standard.desired().strip()));
                }
            });
            entity.getServices().add(row);
        }
        return plans.saveAndFlush(entity).getId();
    }

    /** Submits the draft to the Head of Department and Executive Authority for approval. */
    @Transactional
    public void submit(long id, long rowVersion) {
        PortalUser user = DepartmentAlignment.official();
        SdipPlanEntity entity = load(id, rowVersion);
        if (entity.getStatus() != SdipStatus.DRAFT) {
            throw new InvalidInput("status", "standards.sdip.invalid.notDraft");
        }
        entity.submit(user.username(), today(), clock.instant());
        plans.flush();
    }

    /** Records the approval; only the department administrator does this, once the plan is submitted. */
    @Transactional
    public void approve(long id, long rowVersion, String approver, LocalDate approvedOn) {
        PortalUser user = DepartmentAlignment.official();
        if (!user.hasRole(PortalRole.DEPT_ADMIN)) {
            throw new StandardsExceptions.NotAllowed("approve SDIP");
        }
        SdipPlanEntity entity = load(id, rowVersion);
        if (entity.getStatus() != SdipStatus.SUBMITTED) {
            throw new InvalidInput("status", "standards.sdip.invalid.notSubmitted");
        }
        Catalogue.text("approver", approver, 3, 200);
        if (approvedOn == null) {
            throw new InvalidInput("approvedOn", "standards.invalid.required");
        }
        if (approvedOn.isAfter(today())) {
            throw new InvalidInput("approvedOn", "standards.invalid.future");
        }
        if (entity.getSubmittedOn() != null && approvedOn.isBefore(entity.getSubmittedOn())) {
            throw new InvalidInput("approvedOn", "standards.sdip.invalid.beforeSubmission");
        }
        entity.approve(approver.strip(), approvedOn, user.username(), clock.instant());
        plans.flush();
    }

    private SdipPlanEntity load(long id, long rowVersion) {
        SdipPlanEntity entity = plans.findById(id).orElseThrow(() -> new NotFound("SDIP " + id));
        if (entity.getRowVersion() != rowVersion) {
            throw new Conflict("Changed by someone else", "standards.stale");
        }
        return entity;
    }

    void validate(SdipPlan.Input input) {
        if (input.startYear() == null) {
            throw new InvalidInput("startYear", "standards.invalid.required");
        }
        if (input.startYear() < 2015 || input.startYear() > 2040) {
            throw new InvalidInput("startYear", "standards.sdip.invalid.startYear");
        }
        if (input.years() == null || input.years() < 1 || input.years() > 5) {
            throw new InvalidInput("years", "standards.sdip.invalid.years");
        }
        Catalogue.text("consultation", input.consultation(), 20, 4000);
        Catalogue.text("accessArrangements", input.accessArrangements(), 20, 4000);
        if (input.services() == null || input.services().isEmpty()) {
            throw new InvalidInput("services", "standards.sdip.invalid.noServices");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.services().size(); i++) {
            SdipPlan.KeyService service = input.services().get(i);
            String prefix = "service." + i + ".";
            if (service.coreServiceId() == null || coreServices.find(service.coreServiceId()).isEmpty()) {
                throw new InvalidInput(prefix + "service", "standards.sdip.invalid.coreService");
            }
            if (!seen.add(service.coreServiceId())) {
                throw new InvalidInput(prefix + "service", "standards.sdip.invalid.duplicateService");
            }
            Catalogue.text(prefix + "recipients", service.recipients(), 3, 300);
            boolean any = false;
            for (BathoPelePrinciple principle : BathoPelePrinciple.values()) {
                SdipPlan.PrincipleStandard standard = service.standards().get(principle);
                if (standard == null || (blank(standard.current()) && blank(standard.desired()))) {
                    continue;
                }
                String field = prefix + principle.name() + ".";
                Catalogue.text(field + "current", standard.current(), 3, 500);
                Catalogue.text(field + "desired", standard.desired(), 3, 500);
                any = true;
            }
            if (!any) {
                throw new InvalidInput(prefix + BathoPelePrinciple.SERVICE_STANDARDS.name() + ".current",
                        "standards.sdip.invalid.noStandards");
            }
        }
    }

    private static boolean filled(SdipPlan.PrincipleStandard standard) {
        return standard != null && !blank(standard.current()) && !blank(standard.desired());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }

    static int fiscalYear(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    static SdipPlan toRecord(SdipPlanEntity e) {
        return new SdipPlan(e.getId(), e.getStartYear(), e.getYears(), e.getStatus(), e.getConsultation(),
                e.getAccessArrangements(), e.getServices().stream().map(s -> {
                    Map<BathoPelePrinciple, SdipPlan.PrincipleStandard> standards = new EnumMap<>(BathoPelePrinciple.class);
                    s.getStandards().forEach(st -> standards.put(st.getPrinciple(),
                            new SdipPlan.PrincipleStandard(st.getCurrentStandard(), st.getDesiredStandard())));
                    return new SdipPlan.KeyService(s.getCoreServiceId(), s.getServiceName(), s.getRecipients(),
                            standards);
                }).toList(), e.getSubmittedBy(), e.getSubmittedOn(), e.getApprovedBy(), e.getApprovedOn(),
                e.getUpdatedBy(), e.getRowVersion());
    }
}
