package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.FreeText;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.standards.data.platform.HarmonisedStandardEntity;
import za.gov.dpsa.isdip.standards.data.platform.HarmonisedStandardRepository;
import za.gov.dpsa.isdip.standards.data.platform.MechanismRequirementEntity;
import za.gov.dpsa.isdip.standards.data.platform.MechanismRequirementRepository;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * DPSA's catalogue of norms and standards: the mechanisms' requirements and the harmonised standards that answer
 * them. It is platform data, read by everyone signed in from whatever context they work in, and changed only by
 * DPSA super-admins. Publishing a new version of a standard keeps the earlier ones (superseded), so every
 * assessment can still show the version it answered.
 */
@Service
public class Catalogue {

    static final Pattern REQUIREMENT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}(-[A-Z0-9]{1,8}){1,3}");
    static final Pattern STANDARD_CODE = Pattern.compile("HS-\\d{2,3}");

    private final MechanismRequirementRepository requirements;
    private final HarmonisedStandardRepository standards;
    private final TenantWork tenantWork;
    private final DepartmentDirectory directory;
    private final Notifications notifications;
    private final Clock clock;

    Catalogue(MechanismRequirementRepository requirements, HarmonisedStandardRepository standards,
              TenantWork tenantWork, DepartmentDirectory directory, Notifications notifications, Clock clock) {
        this.requirements = requirements;
        this.standards = standards;
        this.tenantWork = tenantWork;
        this.directory = directory;
        this.notifications = notifications;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** The standards departments answer today: the published version of each code. */
    public List<HarmonisedStandard> published() {
        return tenantWork.inPlatform(() -> standards.findByStatusInOrderByCodeAsc(EnumSet.of(CatalogueStatus.PUBLISHED))
                .stream().map(Catalogue::toRecord).toList());
    }

    /** Every version of every standard, drafts included: DPSA's editing view. */
    public List<HarmonisedStandard> allVersions() {
        requireDpsa();
        return tenantWork.inPlatform(() -> standards.findAllByOrderByCodeAscVersionAsc().stream()
                .map(Catalogue::toRecord).toList());
    }

    public Optional<HarmonisedStandard> standard(long id) {
        Optional<HarmonisedStandard> found = tenantWork.inPlatform(() -> standards.findWithRequirementsById(id)
                .map(Catalogue::toRecord));
        return found.filter(s -> s.status() != CatalogueStatus.DRAFT || isDpsa());
    }

    /** The published version of a standard, if it is published. */
    public Optional<HarmonisedStandard> current(String code) {
        return versions(code).stream().filter(s -> s.status() == CatalogueStatus.PUBLISHED).findFirst();
    }

    /** Every version of a code, oldest first; drafts only for DPSA. */
    public List<HarmonisedStandard> versions(String code) {
        boolean dpsa = isDpsa();
        return tenantWork.inPlatform(() -> standards.findByCodeOrderByVersionAsc(code).stream()
                .map(Catalogue::toRecord).filter(s -> dpsa || s.status() != CatalogueStatus.DRAFT).toList());
    }

    /** Mechanism requirements: all of them for DPSA, the published and retired ones for everyone else. */
    public List<MechanismRequirement> requirements() {
        boolean dpsa = isDpsa();
        return tenantWork.inPlatform(() -> requirements.findAllByOrderByCodeAsc().stream()
                .filter(r -> dpsa || r.getStatus() != CatalogueStatus.DRAFT).map(Catalogue::toRecord).toList());
    }

    public Optional<MechanismRequirement> requirement(long id) {
        return tenantWork.inPlatform(() -> requirements.findById(id).map(Catalogue::toRecord));
    }

    /** How many separate demands the published standards answer, and how many answers that saves. */
    public CatalogueHeadline headline() {
        return headline(published());
    }

    static CatalogueHeadline headline(List<HarmonisedStandard> published) {
        Set<Long> demands = new HashSet<>();
        int standards = 0;
        for (HarmonisedStandard standard : published) {
            List<MechanismRequirement> live = liveRequirements(standard);
            if (!live.isEmpty()) {
                standards++;
                live.forEach(r -> demands.add(r.id()));
            }
        }
        return new CatalogueHeadline(demands.size(), standards, Math.max(0, demands.size() - standards));
    }

    /** A standard's requirements that departments are held to today (published, not draft or retired). */
    public static List<MechanismRequirement> liveRequirements(HarmonisedStandard standard) {
        return standard.requirements().stream().filter(r -> r.status() == CatalogueStatus.PUBLISHED).toList();
    }

    // ---- DPSA's editing -----------------------------------------------------------------------------------------

    /** Creates (id null) or changes a mechanism requirement; returns its id. */
    public long saveRequirement(Long id, long rowVersion, MechanismRequirement.Input input) {
        String by = requireDpsa().username();
        validate(input, id == null);
        return tenantWork.inPlatform(() -> {
            MechanismRequirementEntity entity;
            if (id == null) {
                if (requirements.findByCode(input.code().strip()).isPresent()) {
                    throw new InvalidInput("code", "standards.invalid.codeTaken");
                }
                entity = new MechanismRequirementEntity(input.code().strip());
            } else {
                entity = requirements.findById(id).orElseThrow(() -> new NotFound("requirement " + id));
                if (entity.getRowVersion() != rowVersion) {
                    throw new Conflict("Changed by someone else", "standards.stale");
                }
            }
            entity.update(input.title().strip(), input.requirement().strip(), input.mechanism(),
                    input.regulationRef().strip(), input.principle(), trim(input.evidenceExpected()),
                    input.version(), input.effectiveDate(), by, clock.instant());
            return requirements.saveAndFlush(entity).getId();
        });
    }

    public void setRequirementStatus(long id, CatalogueStatus status) {
        String by = requireDpsa().username();
        if (status == CatalogueStatus.SUPERSEDED) {
            throw new IllegalArgumentException("Requirements are edited in place, not superseded");
        }
        tenantWork.inPlatform(() -> {
            MechanismRequirementEntity entity = requirements.findById(id)
                    .orElseThrow(() -> new NotFound("requirement " + id));
            entity.setStatus(status, by, clock.instant());
        });
    }

    /** A new standard, as a draft version 1; returns its id. */
    public long createStandard(HarmonisedStandard.Input input) {
        String by = requireDpsa().username();
        validate(input, true);
        return tenantWork.inPlatform(() -> {
            if (standards.existsByCode(input.code().strip())) {
                throw new InvalidInput("code", "standards.invalid.codeTaken");
            }
            HarmonisedStandardEntity entity = new HarmonisedStandardEntity(input.code().strip(), 1);
            apply(entity, input, by);
            return standards.saveAndFlush(entity).getId();
        });
    }

    /** Changes a draft; a published version is changed only through a new version. */
    public void updateDraft(long id, long rowVersion, HarmonisedStandard.Input input) {
        String by = requireDpsa().username();
        validate(input, false);
        tenantWork.inPlatform(() -> {
            HarmonisedStandardEntity entity = draft(id, rowVersion);
            apply(entity, input, by);
            standards.flush();
        });
    }

    /**
     * Starts the next version of a standard as a draft, copied from its newest version; an open draft is
     * returned as it is. Returns the draft's id.
     */
    public long newVersion(String code) {
        String by = requireDpsa().username();
        return tenantWork.inPlatform(() -> {
            List<HarmonisedStandardEntity> versions = standards.findByCodeOrderByVersionAsc(code);
            if (versions.isEmpty()) {
                throw new NotFound("standard " + code);
            }
            HarmonisedStandardEntity newest = versions.getLast();
            if (newest.getStatus() == CatalogueStatus.DRAFT) {
                return newest.getId();
            }
            HarmonisedStandardEntity next = new HarmonisedStandardEntity(code, newest.getVersion() + 1);
            next.update(newest.getTitle(), newest.getRequirement(), newest.getEvidenceExpected(),
                    today(), new HashSet<>(newest.getRequirements()), by, clock.instant());
            return standards.saveAndFlush(next).getId();
        });
    }

    /**
     * Publishes a draft: it becomes what departments answer, and the version before it is superseded. Every
     * active department's officials are told in the portal, so they know to assess it.
     */
    public void publish(long id, long rowVersion) {
        String by = requireDpsa().username();
        HarmonisedStandard published = tenantWork.inPlatform(() -> {
            HarmonisedStandardEntity entity = draft(id, rowVersion);
            if (entity.getRequirements().isEmpty()) {
                throw new InvalidInput("requirements", "standards.invalid.noRequirements");
            }
            for (HarmonisedStandardEntity other : standards.findByCodeOrderByVersionAsc(entity.getCode())) {
                if (other.getStatus() == CatalogueStatus.PUBLISHED) {
                    other.setStatus(CatalogueStatus.SUPERSEDED, by, clock.instant());
                }
            }
            entity.publish(by, clock.instant());
            standards.flush();
            return toRecord(entity);
        });
        List<String> params = List.of(published.code(), String.valueOf(published.version()), published.title());
        for (Department department : directory.all()) {
            if (department.active()) {
                tenantWork.deliverTo(department.id(), "dpsa.accessLog.deliver.standardPublished",
                        List.of(published.code(), String.valueOf(published.version())), () -> {
                    notifications.notifyRole(PortalRole.DEPT_USER, "standards.notification.published", params,
                            "standards/assess/" + published.code());
                    return null;
                });
            }
        }
    }

    /** Withdraws a published standard: departments no longer answer it; their earlier answers stay. */
    public void retire(long id) {
        String by = requireDpsa().username();
        tenantWork.inPlatform(() -> {
            HarmonisedStandardEntity entity = standards.findById(id)
                    .orElseThrow(() -> new NotFound("standard " + id));
            entity.setStatus(CatalogueStatus.RETIRED, by, clock.instant());
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private HarmonisedStandardEntity draft(long id, long rowVersion) {
        HarmonisedStandardEntity entity = standards.findWithRequirementsById(id)
                .orElseThrow(() -> new NotFound("standard " + id));
        if (entity.getStatus() != CatalogueStatus.DRAFT) {
            throw new InvalidInput("status", "standards.invalid.notDraft");
        }
        if (entity.getRowVersion() != rowVersion) {
            throw new Conflict("Changed by someone else", "standards.stale");
        }
        return entity;
    }

    private void apply(HarmonisedStandardEntity entity, HarmonisedStandard.Input input, String by) {
        Set<MechanismRequirementEntity> linked = new HashSet<>(requirements.findAllById(input.requirementIds()));
        if (linked.size() != input.requirementIds().size()) {
            throw new InvalidInput("requirements", "standards.invalid.requirements");
        }
        if (linked.stream().anyMatch(r -> r.getStatus() == CatalogueStatus.RETIRED)) {
            throw new InvalidInput("requirements", "standards.invalid.retiredRequirement");
        }
        entity.update(input.title().strip(), input.requirement().strip(), input.evidenceExpected().strip(),
                input.effectiveDate(), linked, by, clock.instant());
    }

    static void validate(HarmonisedStandard.Input input, boolean isNew) {
        if (isNew && (input.code() == null || !STANDARD_CODE.matcher(input.code().strip()).matches())) {
            throw new InvalidInput("code", "standards.invalid.standardCode");
        }
        text("title", input.title(), 5, 200);
        text("requirement", input.requirement(), 20, 4000);
        text("evidenceExpected", input.evidenceExpected(), 5, 1000);
        if (input.effectiveDate() == null) {
            throw new InvalidInput("effectiveDate", "standards.invalid.required");
        }
        if (input.requirementIds() == null || input.requirementIds().isEmpty()) {
            throw new InvalidInput("requirements", "standards.invalid.noRequirements");
        }
    }

    static void validate(MechanismRequirement.Input input, boolean isNew) {
        if (isNew && (input.code() == null || !REQUIREMENT_CODE.matcher(input.code().strip()).matches())) {
            throw new InvalidInput("code", "standards.invalid.requirementCode");
        }
        text("title", input.title(), 5, 200);
        text("requirement", input.requirement(), 20, 4000);
        if (input.mechanism() == null || input.mechanism() == Mechanism.OTHER) {
            throw new InvalidInput("mechanism", "standards.invalid.required");
        }
        text("regulationRef", input.regulationRef(), 3, 120);
        if (input.evidenceExpected() != null && input.evidenceExpected().strip().length() > 1000) {
            throw new InvalidInput("evidenceExpected", "standards.invalid.tooLong");
        }
        if (input.version() == null || input.version() < 1 || input.version() > 99) {
            throw new InvalidInput("version", "standards.invalid.version");
        }
        if (input.effectiveDate() == null) {
            throw new InvalidInput("effectiveDate", "standards.invalid.required");
        }
    }

    static void text(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "standards.invalid.required");
        }
        int length = FreeText.length(value);
        if (length < min) {
            throw new InvalidInput(field, "standards.invalid.tooShort");
        }
        if (length > max) {
            throw new InvalidInput(field, "standards.invalid.tooLong");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }

    private static boolean isDpsa() {
        return PortalUser.current().map(u -> u.hasRole(PortalRole.DPSA_ADMIN)).orElse(false);
    }

    private static PortalUser requireDpsa() {
        return PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN))
                .orElseThrow(() -> new StandardsExceptions.NotAllowed("catalogue"));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static MechanismRequirement toRecord(MechanismRequirementEntity e) {
        return new MechanismRequirement(e.getId(), e.getCode(), e.getTitle(), e.getRequirement(), e.getMechanism(),
                e.getRegulationRef(), e.getPrinciple(), e.getEvidenceExpected(), e.getVersion(),
                e.getEffectiveDate(), e.getStatus(), e.getRowVersion());
    }

    static HarmonisedStandard toRecord(HarmonisedStandardEntity e) {
        return new HarmonisedStandard(e.getId(), e.getCode(), e.getVersion(), e.getTitle(), e.getRequirement(),
                e.getEvidenceExpected(), e.getEffectiveDate(), e.getStatus(),
                e.getRequirements().stream().map(Catalogue::toRecord)
                        .sorted(Comparator.comparing(MechanismRequirement::code)).toList(), e.getRowVersion());
    }
}
