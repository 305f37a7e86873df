package za.gov.dpsa.isdip.training.internal;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.core.Csv;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.data.platform.CourseRepository;
import za.gov.dpsa.isdip.training.data.platform.CourseVersionRepository;
import za.gov.dpsa.isdip.training.data.platform.SummaryRepository;

/**
 * Enrolments, completion and overdue learners by department and course, for trainers and DPSA. Read from the
 * counts departments publish to the platform: no names, no department database.
 */
@Service
public class TrainingDashboard {

    private final SummaryRepository summaries;
    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final AuditTrail auditTrail;

    /** The name of the dashboard's CSV in the audit trail. */
    public static final String EXPORT = "training-progress.csv";

    TrainingDashboard(SummaryRepository summaries, CourseRepository courses, CourseVersionRepository versions,
                      DepartmentDirectory directory, TenantWork tenantWork, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.summaries = summaries;
        this.courses = courses;
        this.versions = versions;
        this.directory = directory;
        this.tenantWork = tenantWork;
    }

    /** Rows for a course and a department, each null for all. */
    public List<ProgressRow> rows(Long courseId, String departmentId) {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!user.worksAcrossDepartments()) {
            throw new AccessDeniedException("The training dashboard is for trainers and DPSA");
        }
        Function<String, String> departmentName = id -> directory.find(id).map(Department::name).orElse(id);
        return tenantWork.inPlatform(() -> {
            Map<Long, String> titles = courses.findAll().stream().collect(Collectors.toMap(c -> c.getId(),
                    c -> versions.findById(c.getPublishedVersionId() != null ? c.getPublishedVersionId()
                            : c.getDraftVersionId()).map(v -> v.getTitle()).orElse("")));
            return summaries.findAll().stream()
                    .filter(s -> courseId == null || s.getCourseId().equals(courseId))
                    .filter(s -> departmentId == null || s.getDepartmentId().equals(departmentId))
                    .map(s -> new ProgressRow(s.getDepartmentId(), departmentName.apply(s.getDepartmentId()),
                            s.getCourseId(), titles.getOrDefault(s.getCourseId(), ""), s.getEnrolled(),
                            s.getInProgress(), s.getCompleted(), s.getOverdue(), s.getUpdatedAt()))
                    .sorted(Comparator.comparing(ProgressRow::departmentName).thenComparing(ProgressRow::courseTitle))
                    .toList();
        });
    }

    /**
     * The rows for a course and a department (each null for all) as CSV, for download; recorded in the audit trail
     * of the platform with its scope and row count. Counts only, so no personal field.
     */
    public byte[] export(Long courseId, String departmentId, List<String> headers) {
        List<ProgressRow> rows = rows(courseId, departmentId);
        byte[] csv = csv(rows, headers);
        auditTrail.recordExport(EXPORT, "course=" + (courseId == null ? "all" : courseId) + "&department="
                + (departmentId == null ? "all" : departmentId), rows.size(), List.of());
        return csv;
    }

    /** The rows as CSV, written by the portal's one CSV writer. */
    public static byte[] csv(List<ProgressRow> rows, List<String> headers) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PortalTime.ZONE);
        return Csv.write(headers, rows.stream().map(r -> List.of(r.departmentName(), r.courseTitle(),
                String.valueOf(r.enrolled()), String.valueOf(r.inProgress()), String.valueOf(r.completed()),
                String.valueOf(r.overdue()), String.valueOf(r.completionPercent()),
                r.updatedAt() == null ? "" : when.format(r.updatedAt()))).toList());
    }
}
