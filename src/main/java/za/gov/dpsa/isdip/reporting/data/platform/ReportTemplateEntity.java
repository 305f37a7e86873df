package za.gov.dpsa.isdip.reporting.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published version of the report template: its indicators and rules as JSON; platform database. */
@Entity
@Table(name = "report_template")
public class ReportTemplateEntity {

    @Id
    private int version;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;
    @Column(nullable = false, columnDefinition = "text")
    private String definition;

    protected ReportTemplateEntity() {
    }

    public ReportTemplateEntity(int version, Instant publishedAt, String definition) {
        this.version = version;
        this.publishedAt = publishedAt;
        this.definition = definition;
    }

    public int getVersion() { return version; }
    public String getDefinition() { return definition; }
}
