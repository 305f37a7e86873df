package za.gov.dpsa.isdip.training.data.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lesson: Markdown text, an optional link; its key stays the same across versions of the course. */
@Entity
@Table(name = "training_lesson")
public class LessonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "version_id", nullable = false)
    private Long versionId;
    @Column(name = "module_id", nullable = false)
    private Long moduleId;
    @Column(name = "lesson_key", nullable = false)
    private String lessonKey;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Column(name = "link_url")
    private String linkUrl;
    @Column(name = "link_title")
    private String linkTitle;

    protected LessonEntity() {
    }

    public LessonEntity(Long versionId, Long moduleId, String lessonKey, int position, String title, String body,
                        String linkUrl, String linkTitle) {
        this.versionId = versionId;
        this.moduleId = moduleId;
        this.lessonKey = lessonKey;
        this.position = position;
        this.title = title;
        this.body = body;
        this.linkUrl = linkUrl;
        this.linkTitle = linkTitle;
    }

    public Long getId() { return id; }
    public Long getVersionId() { return versionId; }
    public Long getModuleId() { return moduleId; }
    public String getLessonKey() { return lessonKey; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    /** Into another module of the same version. */
    public void setModuleId(Long moduleId) { this.moduleId = moduleId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getLinkUrl() { return linkUrl; }
    public String getLinkTitle() { return linkTitle; }

    public void update(String title, String body, String linkUrl, String linkTitle) {
        this.title = title;
        this.body = body;
        this.linkUrl = linkUrl;
        this.linkTitle = linkTitle;
    }
}
