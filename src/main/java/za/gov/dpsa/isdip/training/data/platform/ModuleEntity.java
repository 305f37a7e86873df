package za.gov.dpsa.isdip.training.data.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module of a course version: a titled group of lessons. */
@Entity
@Table(name = "training_module")
public class ModuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "version_id", nullable = false)
    private Long versionId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String title;

    protected ModuleEntity() {
    }

    public ModuleEntity(Long versionId, int position, String title) {
        this.versionId = versionId;
        this.position = position;
        this.title = title;
    }

    public Long getId() { return id; }
    public Long getVersionId() { return versionId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
