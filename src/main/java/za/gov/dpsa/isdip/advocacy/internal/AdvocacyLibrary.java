package za.gov.dpsa.isdip.advocacy.internal;

import za.gov.dpsa.isdip.advocacy.data.ResourceSearch;
import za.gov.dpsa.isdip.advocacy.data.both.ResourceEntity;
import za.gov.dpsa.isdip.advocacy.data.both.ResourceRepository;
import za.gov.dpsa.isdip.advocacy.data.both.ResourceVersionEntity;
import za.gov.dpsa.isdip.advocacy.data.both.ResourceVersionRepository;
import za.gov.dpsa.isdip.advocacy.data.department.DownloadEntity;
import za.gov.dpsa.isdip.advocacy.data.department.DownloadRepository;
import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The advocacy library: DPSA's resources (platform database, for every department) and the department's own
 * (its database, for itself alone). Both live in tables of the same shape; which database a request reaches
 * is decided by the tenant context, never by an id, so another department's resource is simply not found.
 * Every download or link opened by an official is counted in the official's department, for reporting.
 */
@Service
public class AdvocacyLibrary {

    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final DownloadRepository downloads;
    private final TenantWork tenantWork;
    private final TransactionTemplate inCurrentContext;
    private final Clock clock;

    AdvocacyLibrary(ResourceRepository resources, ResourceVersionRepository versions, DownloadRepository downloads,
                    TenantWork tenantWork, PlatformTransactionManager transactionManager, Clock clock) {
        this.resources = resources;
        this.versions = versions;
        this.downloads = downloads;
        this.tenantWork = tenantWork;
        this.inCurrentContext = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** The library's order: featured first, newest next; on a tie DPSA's before the department's. */
    static final Comparator<ResourceSummary> ORDER = Comparator.comparing(ResourceSummary::featured).reversed()
            .thenComparing(ResourceSummary::updatedAt, Comparator.reverseOrder())
            .thenComparing(ResourceSummary::source)
            .thenComparing(ResourceSummary::id, Comparator.reverseOrder());

    /** DPSA's resources and, for a department's user, the department's own: featured first, newest next. */
    public List<ResourceSummary> browse(ResourceFilter filter) {
        return browse(filter, Integer.MAX_VALUE).resources();
    }

    /**
     * The first {@code limit} resources of {@link #browse(ResourceFilter)} and how many there are in all. The
     * database narrows the search; only the resources shown become summaries, except that tags and words are
     * checked again on what the database returns (the rule is {@code ResourceFilter.matches}).
     */
    public LibraryPage browse(ResourceFilter filter, int limit) {
        PortalUser user = signedIn();
        List<LibraryPage> parts = new ArrayList<>(2);
        if (filter.source() != ResourceSource.DEPARTMENT) {
            parts.add(tenantWork.inPlatform(() -> firstMatching(ResourceSource.DPSA, filter, limit)));
        }
        if (filter.source() != ResourceSource.DPSA && user.workingDepartment().isPresent()) {
            parts.add(inDepartment(() -> firstMatching(ResourceSource.DEPARTMENT, filter, limit)));
        }
        return new LibraryPage(parts.stream().flatMap(part -> part.resources().stream()).sorted(ORDER)
                .limit(limit).toList(), parts.stream().mapToLong(LibraryPage::total).sum());
    }

    /** One library's part of a search, in the current context (the platform's or the department's database). */
    private LibraryPage firstMatching(ResourceSource source, ResourceFilter filter, int limit) {
        Specification<ResourceEntity> search = search(filter).specification();
        if (filter.needsFinalCheck()) {
            List<ResourceSummary> matching = resources.findAll(search, ResourceSearch.ORDER).stream()
                    .map(e -> summary(source, e)).filter(filter::matches).toList();
            return new LibraryPage(matching.subList(0, Math.min(limit, matching.size())), matching.size());
        }
        // Without tags or words the database's answer is exact: count there, read only the first ones.
        long total = resources.count(search);
        List<ResourceEntity> first = total <= limit ? resources.findAll(search, ResourceSearch.ORDER)
                : resources.findBy(search, query -> query.sortBy(ResourceSearch.ORDER).limit(limit).all());
        return new LibraryPage(first.stream().map(e -> summary(source, e)).toList(), total);
    }

    /**
     * The filter as the database runs it. Words go to the database only when plain ASCII: for those its
     * case-insensitive comparison finds everything {@code toLowerCase} does (also the two other characters whose
     * lower case holds an ASCII letter, İ and the Kelvin sign); other words are left to {@code matches}.
     */
    private static ResourceSearch search(ResourceFilter filter) {
        ResourceSearch search = ResourceSearch.inLibrary();
        if (filter.kind() != null) {
            search.ofKind(filter.kind().name());
        }
        if (filter.mechanism() != null) {
            search.tagged("mechanisms", filter.mechanism().name());
        }
        if (filter.principle() != null) {
            search.tagged("principles", filter.principle().name());
        }
        if (filter.audience() != null) {
            search.tagged("audiences", filter.audience().name());
        }
        filter.words().stream().filter(word -> word.chars().allMatch(c -> c < 128)).forEach(search::mentioning);
        return search;
    }

    /** DPSA's featured resources, for the home dashboard. */
    public List<ResourceSummary> featured(int limit) {
        signedIn();
        return tenantWork.inPlatform(() -> resources.findByRetiredFalseAndFeaturedTrueOrderByUpdatedAtDesc().stream()
                .limit(limit).map(e -> summary(ResourceSource.DPSA, e)).toList());
    }

    /** The newest resources and versions DPSA published. */
    public List<WhatsNew> whatsNew(int limit) {
        signedIn();
        return tenantWork.inPlatform(() -> versions.newest(Limit.of(limit)).stream()
                .map(row -> new WhatsNew(summary(ResourceSource.DPSA,
                        resources.findById((Long) row[0]).orElseThrow()), (Integer) row[1], (Instant) row[2]))
                .toList());
    }

    public ResourceDetails details(ResourceSource source, long id) {
        PortalUser user = signedIn();
        return in(source, user, () -> {
            ResourceEntity entity = visible(source, id, user);
            List<ResourceVersion> history = versions.history(id).stream()
                    .map(v -> new ResourceVersion(v.number(), v.note(), v.fileName(), v.contentType(), v.sizeBytes(),
                            v.linkUrl(), v.publishedBy(), v.publishedAt()))
                    .toList();
            return new ResourceDetails(summary(source, entity), history, entity.getVersion(),
                    mayEdit(source, entity, user), source == ResourceSource.DPSA && isDpsaAdmin(user));
        });
    }

    /** How often officials of the user's department used this resource (none outside a department). */
    public long usesInMyDepartment(ResourceSource source, long id) {
        PortalUser user = signedIn();
        return user.workingDepartment().isEmpty() ? 0
                : inDepartment(() -> downloads.countBySourceAndResourceId(source.name(), id));
    }

    // ---- publishing -----------------------------------------------------------------------------------------

    /**
     * Publishes a resource with its first version: DPSA's for everyone (DPSA super-admins), or the department's
     * own (its officials). A refused file or bad field changes nothing.
     */
    public long publish(ResourceSource source, NewResource input) {
        PortalUser user = author(source);
        AdvocacyValidation.validate(input);
        StoredContent content = store(input.content());
        return in(source, user, () -> {
            Instant now = clock.instant();
            ResourceEntity entity = new ResourceEntity(input.title().strip(), input.summary().strip(),
                    input.kind().name(), Tags.join(input.mechanisms()), Tags.join(input.principles()),
                    Tags.join(input.audiences()), user.username(), now);
            entity.setLatestVersion(1);
            resources.saveAndFlush(entity);
            versions.save(content.version(entity.getId(), 1, user, now));
            return entity.getId();
        });
    }

    /** A new version; the earlier ones stay listed in the history. Returns the new version's number. */
    public int addVersion(ResourceSource source, long id, long rowVersion, ResourceContent content) {
        PortalUser user = author(source);
        ResourceKind kind = in(source, user,
                () -> ResourceKind.valueOf(forChange(source, id, rowVersion, user).getKind()));
        AdvocacyValidation.validate(content, kind);
        StoredContent stored = store(content);
        return in(source, user, () -> {
            ResourceEntity entity = forChange(source, id, rowVersion, user);
            Instant now = clock.instant();
            int number = entity.getLatestVersion() + 1;
            versions.save(stored.version(entity.getId(), number, user, now));
            entity.setLatestVersion(number);
            entity.setUpdatedAt(now);
            return number;
        });
    }

    /** DPSA features a resource on every home dashboard, or stops featuring it. */
    public void setFeatured(long id, long rowVersion, boolean featured) {
        PortalUser user = author(ResourceSource.DPSA);
        in(ResourceSource.DPSA, user, () -> {
            forChange(ResourceSource.DPSA, id, rowVersion, user).setFeatured(featured);
            return null;
        });
    }

    /** Takes a resource out of the library; its versions are kept (and audited), nobody can download it. */
    public void retire(ResourceSource source, long id, long rowVersion) {
        PortalUser user = author(source);
        in(source, user, () -> {
            ResourceEntity entity = forChange(source, id, rowVersion, user);
            entity.setRetired(true);
            entity.setFeatured(false);
            return null;
        });
    }

    // ---- using ----------------------------------------------------------------------------------------------

    /** A version's file (the latest when {@code number} is null), counted as a use in the user's department. */
    public Optional<ResourceFile> download(ResourceSource source, long id, Integer number) {
        PortalUser user = signedIn();
        Optional<Used<ResourceFile>> found = in(source, user, () -> version(source, id, number, user)
                .filter(v -> v.version().getLinkUrl() == null)
                .map(v -> new Used<>(v.entity().getTitle(), v.version().getNumber(),
                        new ResourceFile(v.version().getFileName(), v.version().getContentType(),
                                v.version().getContent()))));
        found.ifPresent(used -> count(user, source, id, used));
        return found.map(Used::value);
    }

    /** A version's link (a video, say), counted as a use in the user's department. */
    public Optional<String> openLink(ResourceSource source, long id, Integer number) {
        PortalUser user = signedIn();
        Optional<Used<String>> found = in(source, user, () -> version(source, id, number, user)
                .filter(v -> v.version().getLinkUrl() != null)
                .map(v -> new Used<>(v.entity().getTitle(), v.version().getNumber(), v.version().getLinkUrl())));
        found.ifPresent(used -> count(user, source, id, used));
        return found.map(Used::value);
    }

    public static boolean mayPublish(PortalUser user, ResourceSource source) {
        return source == ResourceSource.DPSA ? isDpsaAdmin(user) : isDepartmentOfficial(user);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private record Used<T>(String title, int number, T value) {
    }

    private record Found(ResourceEntity entity, ResourceVersionEntity version) {
    }

    /** A checked file or link, ready to be stored as a version. */
    private record StoredContent(String fileName, String contentType, byte[] bytes, String link, String note) {
        ResourceVersionEntity version(long resourceId, int number, PortalUser user, Instant at) {
            return new ResourceVersionEntity(resourceId, number, note, fileName, contentType, bytes, link,
                    user.displayName(), at);
        }
    }

    private static StoredContent store(ResourceContent content) {
        String note = AdvocacyValidation.blank(content.note()) ? null : content.note().strip();
        if (!content.hasFile()) {
            return new StoredContent(null, null, null, AdvocacyValidation.link(content.linkUrl()), note);
        }
        String name = content.fileName() == null ? "" : content.fileName().strip();
        ResourceUploadPolicy.Result result = ResourceUploadPolicy.check(name, content.bytes());
        if (!result.accepted()) {
            throw new InvalidInput("file", result.refusalKey(), name);
        }
        // The name is shown and sent back in the download header: no path parts or control characters.
        String safeName = UploadPolicy.safeFileName(name);
        return new StoredContent(safeName, result.contentType(), content.bytes(), null, note);
    }

    private void count(PortalUser user, ResourceSource source, long id, Used<?> used) {
        if (user.workingDepartment().isPresent()) {
            inDepartment(() -> downloads.save(new DownloadEntity(source.name(), id, used.number(), used.title(),
                    clock.instant())));
        }
    }

    private Optional<Found> version(ResourceSource source, long id, Integer number, PortalUser user) {
        ResourceEntity entity = visible(source, id, user);
        if (entity.isRetired()) {
            return Optional.empty();
        }
        int wanted = number == null ? entity.getLatestVersion() : number;
        return versions.findByResourceIdAndNumber(id, wanted).map(v -> new Found(entity, v));
    }

    /** The resource if this user may see it; retired ones only for those who may change them. */
    private ResourceEntity visible(ResourceSource source, long id, PortalUser user) {
        ResourceEntity entity = resources.findById(id).orElseThrow(() -> new NotFound("No such resource here"));
        if (entity.isRetired() && !mayEdit(source, entity, user)) {
            throw new NotFound("No such resource, version or campaign here");
        }
        return entity;
    }

    private ResourceEntity forChange(ResourceSource source, long id, long rowVersion, PortalUser user) {
        ResourceEntity entity = resources.findById(id).orElseThrow(() -> new NotFound("No such resource here"));
        if (!mayEdit(source, entity, user) || entity.isRetired()) {
            throw new AdvocacyExceptions.NotAllowed();
        }
        if (entity.getVersion() != rowVersion) {
            throw new Conflict("Changed meanwhile", "advocacy.conflict");
        }
        return entity;
    }

    /** DPSA's resources: its super-admins. The department's: whoever published it, and the department's admins. */
    private static boolean mayEdit(ResourceSource source, ResourceEntity entity, PortalUser user) {
        if (source == ResourceSource.DPSA) {
            return isDpsaAdmin(user);
        }
        return isDepartmentOfficial(user)
                && (user.hasRole(PortalRole.DEPT_ADMIN) || user.username().equals(entity.getCreatedBy()));
    }

    private static boolean isDpsaAdmin(PortalUser user) {
        return user.hasRole(PortalRole.DPSA_ADMIN);
    }

    private static boolean isDepartmentOfficial(PortalUser user) {
        return user.workingDepartment().isPresent()
                && (user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN));
    }

    private static PortalUser author(ResourceSource source) {
        PortalUser user = signedIn();
        if (!mayPublish(user, source)) {
            throw new AdvocacyExceptions.NotAllowed();
        }
        return user;
    }

    private static PortalUser signedIn() {
        return PortalUser.current().orElseThrow(AdvocacyExceptions.NotAllowed::new);
    }

    /** DPSA's library in the platform database; the department's own only inside the user's department. */
    private <T> T in(ResourceSource source, PortalUser user, Supplier<T> work) {
        if (source == ResourceSource.DPSA) {
            return tenantWork.inPlatform(work);
        }
        if (user.workingDepartment().isEmpty()) {
            throw new NotFound("No such resource, version or campaign here");
        }
        return inDepartment(work);
    }

    private <T> T inDepartment(Supplier<T> work) {
        return inCurrentContext.execute(status -> work.get());
    }

    static ResourceSummary summary(ResourceSource source, ResourceEntity e) {
        return new ResourceSummary(source, e.getId(), e.getTitle(), e.getSummary(), ResourceKind.valueOf(e.getKind()),
                Tags.split(e.getMechanisms(), Mechanism.class), Tags.split(e.getPrinciples(), BathoPelePrinciple.class),
                Tags.split(e.getAudiences(), Audience.class), e.isFeatured(), e.isRetired(), e.getLatestVersion(),
                e.getPublishedAt(), e.getUpdatedAt());
    }
}
