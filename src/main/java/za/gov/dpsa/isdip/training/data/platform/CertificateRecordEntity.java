package za.gov.dpsa.isdip.training.data.platform;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the public verification page may tell about a certificate: holder, course and date. */
@Entity
@Table(name = "training_certificate_registry")
public class CertificateRecordEntity {

    @Id
    @Convert(disableConversion = true)
    private String code;
    @Column(name = "holder_name", nullable = false)
    private String holderName;
    @Column(name = "course_title", nullable = false)
    private String courseTitle;
    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;
    @Column(name = "department_id", nullable = false)
    private String departmentId;
    @Column(name = "course_id", nullable = false)
    private Long courseId;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected CertificateRecordEntity() {
    }

    public CertificateRecordEntity(String code, String holderName, String courseTitle, LocalDate completedOn,
                                   String departmentId, Long courseId, Instant issuedAt) {
        this.code = code;
        this.holderName = holderName;
        this.courseTitle = courseTitle;
        this.completedOn = completedOn;
        this.departmentId = departmentId;
        this.courseId = courseId;
        this.issuedAt = issuedAt;
    }

    /** The holder's name as a correction or anonymisation (POPIA) sets it; the code keeps verifying. */
    public void rename(String holderName) { this.holderName = holderName; }
    public String getCode() { return code; }
    public String getHolderName() { return holderName; }
    public String getCourseTitle() { return courseTitle; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getDepartmentId() { return departmentId; }
    public Long getCourseId() { return courseId; }
    public Instant getIssuedAt() { return issuedAt; }
}
