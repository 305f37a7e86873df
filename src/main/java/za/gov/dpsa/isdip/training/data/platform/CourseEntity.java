package za.gov.dpsa.isdip.training.data.platform;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course as trainers publish it: which version learners get, and to which departments. Platform data. */
@Entity
@Table(name = "training_course")
public class CourseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "published_version_id")
    private Long publishedVersionId;
    @Column(name = "draft_version_id")
    private Long draftVersionId;
    @Column(name = "all_departments", nullable = false)
    private boolean allDepartments = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_course_target", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "department_id")
    private Set<String> targets = new LinkedHashSet<>();
    @Version
    private long version;

    protected CourseEntity() {
    }

    public CourseEntity(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getPublishedVersionId() { return publishedVersionId; }
    public void setPublishedVersionId(Long id) { this.publishedVersionId = id; }
    public Long getDraftVersionId() { return draftVersionId; }
    public void setDraftVersionId(Long id) { this.draftVersionId = id; }
    public boolean isAllDepartments() { return allDepartments; }
    public void setAllDepartments(boolean all) { this.allDepartments = all; }
    public Set<String> getTargets() { return targets; }
    public long getVersion() { return version; }

    public boolean isPublishedTo(String departmentId) {
        return publishedVersionId != null && (allDepartments || targets.contains(departmentId));
    }
}
