package za.gov.dpsa.isdip.advocacy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import za.gov.dpsa.isdip.advocacy.data.department.ActivityEntity;
import za.gov.dpsa.isdip.advocacy.data.department.ActivityRepository;
import za.gov.dpsa.isdip.advocacy.data.platform.CampaignEntity;
import za.gov.dpsa.isdip.advocacy.data.platform.CampaignRepository;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingDomain;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Campaigns such as Public Service Month. DPSA creates them in the platform database; each participating
 * department logs its activities in its own database. The figures DPSA sees come from the reports departments
 * submit (the advocacy indicators), never from a department's database.
 */
@Service
public class AdvocacyCampaigns {

    private final CampaignRepository campaigns;
    private final ActivityRepository activities;
    private final DepartmentDirectory directory;
    private final ReportingConsole console;
    private final ReportingPeriods periods;
    private final TenantWork tenantWork;
    private final TransactionTemplate inCurrentContext;
    private final Clock clock;

    AdvocacyCampaigns(CampaignRepository campaigns, ActivityRepository activities, DepartmentDirectory directory,
                      ReportingConsole console, ReportingPeriods periods, TenantWork tenantWork,
                      PlatformTransactionManager transactionManager, Clock clock) {
        this.campaigns = campaigns;
        this.activities = activities;
        this.directory = directory;
        this.console = console;
        this.periods = periods;
        this.tenantWork = tenantWork;
        this.inCurrentContext = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---- campaigns ------------------------------------------------------------------------------------------

    /** Every campaign for DPSA and trainers; for a department, those it takes part in. Newest first. */
    public List<Campaign> campaigns() {
        PortalUser user = signedIn();
        List<Campaign> all = tenantWork.inPlatform(() -> campaigns.findAllByOrderByStartsOnDesc().stream()
                .map(AdvocacyCampaigns::toCampaign).toList());
        if (user.worksAcrossDepartments()) {
            return all;
        }
        String department = user.departmentId().orElse("");
        return all.stream().filter(c -> c.includes(department)).toList();
    }

    /** The campaign running today that the user's department takes part in (any, for DPSA), if one is. */
    public Optional<Campaign> active() {
        LocalDate today = today();
        return campaigns().stream().filter(c -> c.runsOn(today)).min(Comparator.comparing(Campaign::endsOn));
    }

    public Campaign campaign(long id) {
        return campaigns().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("No such resource here"));
    }

    public long create(NewCampaign input) {
        PortalUser user = dpsaAdmin();
        validate(input);
        return tenantWork.inPlatform(() -> {
            CampaignEntity entity = new CampaignEntity(user.username());
            change(entity, input);
            return campaigns.save(entity).getId();
        });
    }

    public void update(long id, long rowVersion, NewCampaign input) {
        dpsaAdmin();
        validate(input);
        tenantWork.inPlatform(() -> {
            CampaignEntity entity = campaigns.findById(id).orElseThrow(() -> new NotFound("No such resource here"));
            if (entity.getVersion() != rowVersion) {
                throw new Conflict("Changed meanwhile", "advocacy.conflict");
            }
            change(entity, input);
        });
    }

    /**
     * The advocacy figures departments reported for each reporting quarter the campaign falls in, as DPSA's
     * national consolidation of the submitted reports shows them. Quarters no period was opened for are left out.
     */
    public List<CampaignFigures> nationalFigures(long campaignId) {
        dpsaAdmin();
        Campaign campaign = campaign(campaignId);
        List<CampaignFigures> result = new ArrayList<>();
        for (ReportingPeriod period : periods.all()) {
            if (period.quarter() == 0 || period.endsOn().isBefore(campaign.startsOn())
                    || period.startsOn().isAfter(campaign.endsOn())) {
                continue;
            }
            List<CampaignFigures.Figure> figures = console.consolidate(period.id(), ReportingConsole.Scope.ALL)
                    .stream().filter(c -> c.indicator().domain() == ReportingDomain.ADVOCACY)
                    .map(c -> new CampaignFigures.Figure(c.indicator().code(), c.indicator().nameKey(), c.national(),
                            c.departments()))
                    .toList();
            result.add(new CampaignFigures(period.label(), figures));
        }
        return result;
    }

    /** Departments a campaign can name, for DPSA's form: id and name. */
    public List<za.gov.dpsa.isdip.tenancy.Department> departments() {
        dpsaAdmin();
        return directory.all().stream().filter(za.gov.dpsa.isdip.tenancy.Department::active).toList();
    }

    // ---- the department's activities ------------------------------------------------------------------------

    public long logActivity(NewActivity input) {
        PortalUser user = departmentOfficial();
        if (input.campaignId() == null) {
            throw new InvalidInput("campaign", "advocacy.invalid.required");
        }
        Campaign campaign = campaigns().stream().filter(c -> c.id() == input.campaignId()).findFirst()
                .orElseThrow(() -> new InvalidInput("campaign", "advocacy.invalid.campaign"));
        AdvocacyValidation.validate(input, campaign, today());
        return inDepartment(() -> activities.save(new ActivityEntity(campaign.id(), campaign.name(),
                input.title().strip(), input.heldOn(), input.type().name(), trim(input.description()),
                input.peopleReached(), trim(input.servicePoint()), user.username(), clock.instant())).getId());
    }

    /** The department's activities, for one campaign or (null) all; newest first. */
    public List<CampaignActivity> activities(Long campaignId) {
        departmentMember();
        return inDepartment(() -> (campaignId == null ? activities.findAllByOrderByHeldOnDescIdDesc()
                : activities.findByCampaignIdOrderByHeldOnDescIdDesc(campaignId)).stream()
                .map(AdvocacyCampaigns::toActivity).toList());
    }

    public CampaignTotals totals(long campaignId) {
        List<CampaignActivity> logged = activities(campaignId);
        return new CampaignTotals(logged.size(), logged.stream().mapToLong(CampaignActivity::peopleReached).sum());
    }

    public static boolean mayLogActivities(PortalUser user) {
        return user.workingDepartment().isPresent()
                && (user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN));
    }

    public static boolean mayManageCampaigns(PortalUser user) {
        return user.hasRole(PortalRole.DPSA_ADMIN);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private void validate(NewCampaign input) {
        AdvocacyValidation.validate(input);
        if (!input.allDepartments()) {
            Set<String> known = directory.all().stream().map(za.gov.dpsa.isdip.tenancy.Department::id)
                    .collect(Collectors.toSet());
            if (!known.containsAll(input.participants())) {
                throw new InvalidInput("participants", "advocacy.invalid.participants");
            }
        }
    }

    private void change(CampaignEntity entity, NewCampaign input) {
        String participants = input.allDepartments() ? null : String.join(",", new TreeSet<>(input.participants()));
        entity.change(input.name().strip(), input.description().strip(), input.startsOn(), input.endsOn(),
                input.allDepartments(), participants, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PortalTime.ZONE);
    }

    private <T> T inDepartment(java.util.function.Supplier<T> work) {
        return inCurrentContext.execute(status -> work.get());
    }

    private static Campaign toCampaign(CampaignEntity e) {
        Set<String> participants = e.getParticipants() == null || e.getParticipants().isBlank() ? Set.of()
                : Set.copyOf(Arrays.asList(e.getParticipants().split(",")));
        return new Campaign(e.getId(), e.getName(), e.getDescription(), e.getStartsOn(), e.getEndsOn(),
                e.isAllDepartments(), participants, e.getVersion());
    }

    private static CampaignActivity toActivity(ActivityEntity e) {
        return new CampaignActivity(e.getId(), e.getCampaignId(), e.getCampaignName(), e.getTitle(), e.getHeldOn(),
                ActivityType.valueOf(e.getType()), e.getDescription(), e.getPeopleReached(), e.getServicePoint(),
                e.getLoggedBy());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static PortalUser signedIn() {
        return PortalUser.current().orElseThrow(AdvocacyExceptions.NotAllowed::new);
    }

    private static PortalUser dpsaAdmin() {
        PortalUser user = signedIn();
        if (!mayManageCampaigns(user)) {
            throw new AdvocacyExceptions.NotAllowed();
        }
        return user;
    }

    private static PortalUser departmentOfficial() {
        PortalUser user = signedIn();
        if (!mayLogActivities(user)) {
            throw new AdvocacyExceptions.NotAllowed();
        }
        return user;
    }

    private static PortalUser departmentMember() {
        PortalUser user = signedIn();
        if (user.workingDepartment().isEmpty()) {
            throw new AdvocacyExceptions.NotAllowed();
        }
        return user;
    }
}
