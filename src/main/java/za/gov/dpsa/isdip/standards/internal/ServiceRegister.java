package za.gov.dpsa.isdip.standards.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.standards.data.department.CoreServiceEntity;
import za.gov.dpsa.isdip.standards.data.department.CoreServiceRepository;
import za.gov.dpsa.isdip.standards.data.department.EvidenceFileEntity;
import za.gov.dpsa.isdip.standards.data.department.EvidenceFileRepository;
import za.gov.dpsa.isdip.standards.data.department.ServiceSopEntity;
import za.gov.dpsa.isdip.standards.data.department.ServiceSopRepository;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The department's register of core services (OMF, PSR 2016 reg. 36) with each service's business process map
 * and standard operating procedures. Officials and administrators maintain it; reporters read. A retired service
 * keeps its history and stays on the SDIPs that name it, but leaves the pick lists and the report's figure.
 * A withdrawn SOP (superseded or no longer used) is kept with its reason but never counts as current.
 * Everything runs in the signed-in user's own department database: another department's ids are not found there.
 */
@Service
public class ServiceRegister {

    private final CoreServiceRepository services;
    private final ServiceSopRepository sops;
    private final EvidenceFileRepository files;
    private final Clock clock;

    ServiceRegister(CoreServiceRepository services, ServiceSopRepository sops, EvidenceFileRepository files,
                    Clock clock) {
        this.services = services;
        this.sops = sops;
        this.files = files;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** The register, active services only unless {@code withRetired}, by name. */
    @Transactional(readOnly = true)
    public List<RegisteredService> services(boolean withRetired) {
        DepartmentAlignment.member();
        LocalDate today = today();
        Map<Long, List<ServiceSopEntity>> byService = sopsByService();
        List<CoreServiceEntity> rows = withRetired ? services.findAllByOrderByNameAsc()
                : services.findByRetiredOnIsNullOrderByNameAsc();
        Map<Long, String> fileNames = fileNames(rows, rows.stream()
                .flatMap(s -> byService.getOrDefault(s.getId(), List.of()).stream()).toList());
        return rows.stream().map(s -> toRecord(s, byService.getOrDefault(s.getId(), List.of()), fileNames, today))
                .toList();
    }

    @Transactional(readOnly = true)
    public RegisteredService service(long id) {
        DepartmentAlignment.member();
        CoreServiceEntity entity = load(id);
        List<ServiceSopEntity> own = sops.findByCoreServiceIdOrderByTitleAscIdAsc(id);
        return toRecord(entity, own, fileNames(List.of(entity), own), today());
    }

    /** Active services with an approved map and a current SOP, out of all active services, today. */
    @Transactional(readOnly = true)
    public AlignmentFigures.Figure coverage() {
        DepartmentAlignment.member();
        return coverageOn(today());
    }

    /** The share as it stood on a date, from the dates the register keeps; for reporting's jobs too. */
    @Transactional(readOnly = true)
    AlignmentFigures.Figure coverageOn(LocalDate on) {
        List<Entry> entries = entriesOn(on);
        int covered = (int) entries.stream().filter(Entry::covered).count();
        return new AlignmentFigures.Figure(covered, 0, entries.size() - covered, 0, 0);
    }

    /** The services active on a date, each with whether it counts as covered then. */
    @Transactional(readOnly = true)
    List<Entry> entriesOn(LocalDate on) {
        Map<Long, List<ServiceSopEntity>> byService = sopsByService();
        return services.findAllByOrderByNameAsc().stream().filter(s -> activeOn(s.getRetiredOn(), on)).map(s -> {
            List<ServiceSopEntity> own = byService.getOrDefault(s.getId(), List.of());
            boolean covered = covered(s.getMapStatus(), s.getMapApprovedOn(), own, on);
            return new Entry(s.getId(), s.getName(), covered, covered ? coveredBy(s, own, on) : "");
        }).toList();
    }

    /**
     * What made a service count, for the report's drill-down: the map's approval date, then each current SOP with
     * its version and next review date. A drill-down record carries text, not a message key, so like the other
     * modules' records this holds data only (names, versions, ISO dates), no words to translate.
     */
    private static String coveredBy(CoreServiceEntity service, List<ServiceSopEntity> own, LocalDate on) {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(service.getMapApprovedOn()));
        own.stream().filter(p -> status(p, on) == SopStatus.CURRENT)
                .forEach(p -> parts.add(p.getTitle() + " v" + p.getVersion() + " (" + p.getNextReviewOn() + ")"));
        return String.join("; ", parts);
    }

    /**
     * A service active on a date, whether it counted, and (when it counted) what made it count, for the report's
     * drill-down.
     */
    record Entry(long id, String name, boolean covered, String detail) {
    }

    @Transactional(readOnly = true)
    public Optional<EvidencePolicy.Download> mapEvidence(long serviceId) {
        DepartmentAlignment.member();
        return services.findById(serviceId).map(CoreServiceEntity::getMapEvidenceFileId).flatMap(this::download);
    }

    @Transactional(readOnly = true)
    public Optional<EvidencePolicy.Download> sopEvidence(long sopId) {
        DepartmentAlignment.member();
        return sops.findById(sopId).map(ServiceSopEntity::getEvidenceFileId).flatMap(this::download);
    }

    // ---- the register -----------------------------------------------------------------------------------------

    /** Adds a core service; returns its id. */
    @Transactional
    public long add(RegisteredService.Input input) {
        PortalUser user = DepartmentAlignment.official();
        validate(input, null);
        CoreServiceEntity entity = new CoreServiceEntity(input.name().strip(), input.recipients().strip(),
                clock.instant());
        entity.touch(user.username(), clock.instant());
        return saveUnique(entity).getId();
    }

    /** Changes a service's name and recipients. */
    @Transactional
    public void update(long id, long rowVersion, RegisteredService.Input input) {
        PortalUser user = DepartmentAlignment.official();
        CoreServiceEntity entity = loadForChange(id, rowVersion);
        validate(input, id);
        entity.rename(input.name().strip(), input.recipients().strip(), user.username(), clock.instant());
        saveUnique(entity);
    }

    /** Retires a service today: it leaves the pick lists and the figure, and keeps its maps, SOPs and history. */
    @Transactional
    public void retire(long id, long rowVersion) {
        PortalUser user = DepartmentAlignment.official();
        CoreServiceEntity entity = loadForChange(id, rowVersion);
        entity.retire(today(), user.username(), clock.instant());
        services.flush();
    }

    /** Brings a retired service back into the register. */
    @Transactional
    public void reinstate(long id, long rowVersion) {
        PortalUser user = DepartmentAlignment.official();
        CoreServiceEntity entity = load(id);
        checkVersion(entity.getRowVersion(), rowVersion);
        entity.reinstate(user.username(), clock.instant());
        services.flush();
    }

    /** Records the service's business process map. Approval needs the approver, the date and evidence. */
    @Transactional
    public void saveMap(long id, long rowVersion, RegisteredService.MapInput input) {
        PortalUser user = DepartmentAlignment.official();
        CoreServiceEntity entity = loadForChange(id, rowVersion);
        if (input.status() == null) {
            throw new InvalidInput("mapStatus", "standards.invalid.required");
        }
        String link = link("mapEvidenceLink", input.evidenceLink());
        boolean newFile = input.fileContent() != null && input.fileContent().length > 0;
        String contentType = newFile ? EvidencePolicy.check(input.fileName(), input.fileContent()) : null;
        Long keptFile = input.keepEarlierFile() ? entity.getMapEvidenceFileId() : null;
        boolean mapped = input.status() == ProcessMapStatus.MAPPED || input.status() == ProcessMapStatus.APPROVED;
        if (mapped && link == null && !newFile && keptFile == null) {
            throw new InvalidInput("mapEvidenceLink", "standards.services.invalid.mapEvidence");
        }
        String approvedBy = null;
        LocalDate approvedOn = null;
        if (input.status() == ProcessMapStatus.APPROVED) {
            Catalogue.text("mapApprovedBy", input.approvedBy(), 3, 200);
            approvedBy = input.approvedBy().strip();
            approvedOn = pastDate("mapApprovedOn", input.approvedOn());
        }
        Long fileId = newFile ? saveFile(input.fileName(), contentType, input.fileContent(), user) : keptFile;
        entity.map(input.status(), link, fileId, approvedBy, approvedOn, user.username(), clock.instant());
        services.flush();
    }

    // ---- standard operating procedures --------------------------------------------------------------------------

    /** Adds a SOP to an active service; returns its id. */
    @Transactional
    public long addSop(long serviceId, Sop.Input input) {
        PortalUser user = DepartmentAlignment.official();
        CoreServiceEntity service = load(serviceId);
        refuseRetired(service);
        ServiceSopEntity sop = new ServiceSopEntity(serviceId, user.username(), clock.instant());
        apply(sop, input, user);
        return sops.saveAndFlush(sop).getId();
    }

    /** Changes a SOP (a new version, a new approval, a new review date). */
    @Transactional
    public void updateSop(long sopId, long rowVersion, Sop.Input input) {
        PortalUser user = DepartmentAlignment.official();
        ServiceSopEntity sop = loadSopForChange(sopId, rowVersion);
        if (sop.getWithdrawnOn() != null) {
            throw new InvalidInput("sop", "standards.services.invalid.sopWithdrawn");
        }
        apply(sop, input, user);
        sops.flush();
    }

    /**
     * Withdraws a SOP today (superseded or no longer used), with the official's reason: it is kept for the record
     * but no longer current, so it stops counting towards the figure and is not offered for editing.
     */
    @Transactional
    public void withdrawSop(long sopId, long rowVersion, String reason) {
        PortalUser user = DepartmentAlignment.official();
        ServiceSopEntity sop = loadSopForChange(sopId, rowVersion);
        if (sop.getWithdrawnOn() != null) {
            throw new Conflict("Changed by someone else", "standards.stale");
        }
        Catalogue.text("withdrawnReason", reason, 3, Sop.MAX_WITHDRAWN_REASON);
        sop.withdraw(today(), reason.strip(), user.username(), clock.instant());
        sops.flush();
    }

    /** Brings a withdrawn SOP back: it stands again by its approval and review dates. */
    @Transactional
    public void reinstateSop(long sopId, long rowVersion) {
        PortalUser user = DepartmentAlignment.official();
        ServiceSopEntity sop = loadSopForChange(sopId, rowVersion);
        if (sop.getWithdrawnOn() == null) {
            throw new Conflict("Changed by someone else", "standards.stale");
        }
        sop.reinstate(user.username(), clock.instant());
        sops.flush();
    }

    private ServiceSopEntity loadSopForChange(long sopId, long rowVersion) {
        ServiceSopEntity sop = sops.findById(sopId).orElseThrow(() -> new NotFound("SOP " + sopId));
        checkVersion(sop.getRowVersion(), rowVersion);
        refuseRetired(load(sop.getCoreServiceId()));
        return sop;
    }

    private void apply(ServiceSopEntity sop, Sop.Input input, PortalUser user) {
        Catalogue.text("sopTitle", input.title(), 3, 300);
        Catalogue.text("sopVersion", input.version(), 1, 20);
        String link = link("sopEvidenceLink", input.evidenceLink());
        boolean newFile = input.fileContent() != null && input.fileContent().length > 0;
        String contentType = newFile ? EvidencePolicy.check(input.fileName(), input.fileContent()) : null;
        Long keptFile = input.keepEarlierFile() ? sop.getEvidenceFileId() : null;
        if (link == null && !newFile && keptFile == null) {
            throw new InvalidInput("sopEvidenceLink", "standards.services.invalid.sopEvidence");
        }
        boolean approver = input.approvedBy() != null && !input.approvedBy().isBlank();
        if (approver || input.approvedOn() != null) {
            Catalogue.text("sopApprovedBy", input.approvedBy(), 3, 200);
            pastDate("sopApprovedOn", input.approvedOn());
        }
        if (input.nextReviewOn() == null) {
            throw new InvalidInput("sopNextReview", "standards.invalid.required");
        }
        if (input.approvedOn() != null && !input.nextReviewOn().isAfter(input.approvedOn())) {
            throw new InvalidInput("sopNextReview", "standards.services.invalid.reviewBeforeApproval");
        }
        Long fileId = newFile ? saveFile(input.fileName(), contentType, input.fileContent(), user) : keptFile;
        sop.update(input.title().strip(), input.version().strip(), link, fileId,
                approver ? input.approvedBy().strip() : null, input.approvedOn(), input.nextReviewOn(),
                user.username(), clock.instant());
    }

    // ---- the arithmetic -----------------------------------------------------------------------------------------

    /** A service counts on a date while it is not retired on or before that date. */
    static boolean activeOn(LocalDate retiredOn, LocalDate on) {
        return retiredOn == null || retiredOn.isAfter(on);
    }

    /** An approved map (approved by that date) and at least one SOP approved by then and not past its review. */
    static boolean covered(ProcessMapStatus mapStatus, LocalDate mapApprovedOn, List<ServiceSopEntity> sops,
                           LocalDate on) {
        boolean mapApproved = mapStatus == ProcessMapStatus.APPROVED && mapApprovedOn != null
                && !mapApprovedOn.isAfter(on);
        return mapApproved && sops.stream().anyMatch(s -> status(s, on) == SopStatus.CURRENT);
    }

    /** A withdrawn SOP never counts, whatever its dates; the others stand by their approval and review dates. */
    static SopStatus status(ServiceSopEntity sop, LocalDate on) {
        return sop.getWithdrawnOn() != null ? SopStatus.WITHDRAWN
                : status(sop.getApprovedOn(), sop.getNextReviewOn(), on);
    }

    /** Review overdue from the day after the next review date (South African date), as actions fall overdue. */
    static SopStatus status(LocalDate approvedOn, LocalDate nextReviewOn, LocalDate on) {
        if (approvedOn == null || approvedOn.isAfter(on)) {
            return SopStatus.NOT_APPROVED;
        }
        return on.isAfter(nextReviewOn) ? SopStatus.REVIEW_OVERDUE : SopStatus.CURRENT;
    }

    /** A service's SOP status: the best of its SOPs (withdrawn ones rank last, so they only show if all are). */
    static SopStatus summary(List<Sop> sops) {
        return sops.stream().map(Sop::status).min(Comparator.naturalOrder()).orElse(SopStatus.NONE);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void validate(RegisteredService.Input input, Long id) {
        Catalogue.text("name", input.name(), 3, 200);
        Catalogue.text("recipients", input.recipients(), 3, 300);
        services.findFirstByName(input.name().strip()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new InvalidInput("name", other.getRetiredOn() == null
                    ? "standards.services.invalid.nameTaken" : "standards.services.invalid.nameRetired");
        });
    }

    /** A colleague adding the same name at the same moment meets the database's unique name. */
    private CoreServiceEntity saveUnique(CoreServiceEntity entity) {
        try {
            return services.saveAndFlush(entity);
        } catch (DataIntegrityViolationException duplicate) {
            throw new InvalidInput("name", "standards.services.invalid.nameTaken");
        }
    }

    private CoreServiceEntity load(long id) {
        return services.findById(id).orElseThrow(() -> new NotFound("core service " + id));
    }

    private CoreServiceEntity loadForChange(long id, long rowVersion) {
        CoreServiceEntity entity = load(id);
        checkVersion(entity.getRowVersion(), rowVersion);
        refuseRetired(entity);
        return entity;
    }

    private static void checkVersion(long current, long expected) {
        if (current != expected) {
            throw new Conflict("Changed by someone else", "standards.stale");
        }
    }

    private static void refuseRetired(CoreServiceEntity entity) {
        if (entity.getRetiredOn() != null) {
            throw new InvalidInput("service", "standards.services.invalid.retired");
        }
    }

    private static String link(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String link = value.strip();
        if (!DepartmentAlignment.isHttpsLink(link)) {
            throw new InvalidInput(field, "standards.invalid.link");
        }
        return link;
    }

    private LocalDate pastDate(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidInput(field, "standards.invalid.required");
        }
        if (date.isAfter(today())) {
            throw new InvalidInput(field, "standards.invalid.future");
        }
        return date;
    }

    private Long saveFile(String fileName, String contentType, byte[] content, PortalUser user) {
        return files.save(new EvidenceFileEntity(UploadPolicy.safeFileName(fileName), contentType, content,
                user.username(), clock.instant())).getId();
    }

    private Optional<EvidencePolicy.Download> download(Long fileId) {
        return Optional.ofNullable(fileId).flatMap(files::findById)
                .map(f -> new EvidencePolicy.Download(f.getFileName(), f.getContentType(), f.getContent()));
    }

    /** The names of the evidence files of these services and SOPs, by id, in one query. */
    private Map<Long, String> fileNames(List<CoreServiceEntity> serviceRows, List<ServiceSopEntity> sopRows) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        serviceRows.stream().map(CoreServiceEntity::getMapEvidenceFileId).filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        sopRows.stream().map(ServiceSopEntity::getEvidenceFileId).filter(java.util.Objects::nonNull).forEach(ids::add);
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            files.findFileNamesByIdIn(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    private Map<Long, List<ServiceSopEntity>> sopsByService() {
        Map<Long, List<ServiceSopEntity>> byService = new HashMap<>();
        sops.findAllByOrderByTitleAscIdAsc().forEach(s -> byService.computeIfAbsent(s.getCoreServiceId(),
                k -> new ArrayList<>()).add(s));
        return byService;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }

    private static RegisteredService toRecord(CoreServiceEntity s, List<ServiceSopEntity> sopRows,
                                              Map<Long, String> fileNames, LocalDate today) {
        List<Sop> sopRecords = sopRows.stream().map(p -> new Sop(p.getId(), p.getCoreServiceId(), p.getTitle(),
                p.getVersion(), p.getEvidenceLink(), name(fileNames, p.getEvidenceFileId()), p.getApprovedBy(),
                p.getApprovedOn(), p.getNextReviewOn(), status(p, today), p.getWithdrawnOn(),
                p.getWithdrawnReason(), p.getRowVersion())).toList();
        return new RegisteredService(s.getId(), s.getName(), s.getRecipients(), s.getRetiredOn(), s.getMapStatus(),
                s.getMapEvidenceLink(), name(fileNames, s.getMapEvidenceFileId()), s.getMapApprovedBy(),
                s.getMapApprovedOn(), summary(sopRecords), sopRecords,
                activeOn(s.getRetiredOn(), today) && covered(s.getMapStatus(), s.getMapApprovedOn(), sopRows, today),
                s.getRowVersion());
    }

    private static String name(Map<Long, String> fileNames, Long fileId) {
        return fileId == null ? null : fileNames.get(fileId);
    }
}
