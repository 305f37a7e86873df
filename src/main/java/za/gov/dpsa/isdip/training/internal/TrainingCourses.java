package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.FreeText;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.data.platform.CourseEntity;
import za.gov.dpsa.isdip.training.data.platform.CourseRepository;
import za.gov.dpsa.isdip.training.data.platform.CourseVersionEntity;
import za.gov.dpsa.isdip.training.data.platform.CourseVersionRepository;
import za.gov.dpsa.isdip.training.data.platform.LessonEntity;
import za.gov.dpsa.isdip.training.data.platform.LessonRepository;
import za.gov.dpsa.isdip.training.data.platform.MaterialEntity;
import za.gov.dpsa.isdip.training.data.platform.MaterialRepository;
import za.gov.dpsa.isdip.training.data.platform.ModuleEntity;
import za.gov.dpsa.isdip.training.data.platform.ModuleRepository;
import za.gov.dpsa.isdip.training.data.platform.QuestionEntity;
import za.gov.dpsa.isdip.training.data.platform.QuestionRepository;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Course authoring for trainers, and the published catalogue for everyone. Courses are platform data: every
 * method works in the platform context, whoever calls it. A published version is never changed: editing a
 * published course works on a new draft version (a copy with the same lesson and question keys) until it is
 * published in turn; learners stay on the version they enrolled in.
 */
@Service
public class TrainingCourses {

    /** Lesson materials: documents and slides up to 10 MB, checked by the platform's upload policy. */
    public static final UploadPolicy MATERIALS = new UploadPolicy(10 * 1024 * 1024,
            List.of("pdf", "docx", "xlsx", "pptx", "txt", "csv", "png", "jpg", "jpeg"));

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final ModuleRepository modules;
    private final LessonRepository lessons;
    private final MaterialRepository materials;
    private final QuestionRepository questions;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final Clock clock;

    TrainingCourses(CourseRepository courses, CourseVersionRepository versions, ModuleRepository modules,
                    LessonRepository lessons, MaterialRepository materials, QuestionRepository questions,
                    DepartmentDirectory directory, TenantWork tenantWork, Clock clock) {
        this.courses = courses;
        this.versions = versions;
        this.modules = modules;
        this.lessons = lessons;
        this.materials = materials;
        this.questions = questions;
        this.directory = directory;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** Every course, for trainers (and DPSA, to filter its dashboard). */
    public List<CourseSummary> list() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!user.worksAcrossDepartments()) {
            throw new AccessDeniedException("The list of all courses is for trainers and DPSA");
        }
        return platform(() -> courses.findAll().stream().map(this::summary)
                .sorted(Comparator.comparing(CourseSummary::title, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    /** The published courses a department's officials may take. */
    public List<CourseSummary> publishedTo(String departmentId) {
        return platform(() -> courses.findByPublishedVersionIdNotNull().stream()
                .filter(c -> c.isPublishedTo(departmentId)).map(this::summary)
                .sorted(Comparator.comparing(CourseSummary::title, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    public Optional<CourseSummary> find(long courseId) {
        return platform(() -> courses.findById(courseId).map(this::summary));
    }

    /** What the trainer edits: the draft when there is one, else the published version (read-only). */
    public CourseContent editable(long courseId) {
        trainer();
        return platform(() -> {
            CourseEntity course = course(courseId);
            Long id = course.getDraftVersionId() != null ? course.getDraftVersionId() : course.getPublishedVersionId();
            return content(versions.findById(id).orElseThrow());
        });
    }

    /** One version's content, for a learner enrolled on it (or a trainer). */
    public CourseContent version(long versionId) {
        return platform(() -> content(versions.findById(versionId).orElseThrow(() -> new NotFound("version"))));
    }

    /** The published version's id, if the course is published. */
    public Optional<Long> publishedVersionId(long courseId) {
        return platform(() -> courses.findById(courseId).map(CourseEntity::getPublishedVersionId));
    }

    public Optional<MaterialFile> material(long materialId) {
        return platform(() -> materials.findById(materialId)
                .map(m -> new MaterialFile(m.getFileName(), m.getContentType(), m.getContent())));
    }

    // ---- authoring ----------------------------------------------------------------------------------------

    /** A new course with its first draft version. */
    public long create(CourseInput input) {
        PortalUser user = trainer();
        validate(input);
        return platform(() -> {
            CourseEntity course = courses.saveAndFlush(new CourseEntity(user.username(), clock.instant()));
            CourseVersionEntity draft = new CourseVersionEntity(course.getId(), 1, clock.instant());
            apply(draft, input);
            versions.saveAndFlush(draft);
            course.setDraftVersionId(draft.getId());
            return course.getId();
        });
    }

    /**
     * Starts the next version of a published course as a draft: a copy of the published one, with the same lesson
     * and question keys so learners' progress carries over. Returns the draft's id (the existing one if any).
     */
    public long startNewVersion(long courseId) {
        PortalUser user = trainer();
        return platform(() -> {
            CourseEntity course = course(courseId);
            if (course.getDraftVersionId() != null) {
                return course.getDraftVersionId();
            }
            CourseVersionEntity published = versions.findById(course.getPublishedVersionId()).orElseThrow();
            int next = versions.findByCourseIdOrderByNumberDesc(courseId).getFirst().getNumber() + 1;
            CourseVersionEntity draft = new CourseVersionEntity(courseId, next, clock.instant());
            draft.copyDetailsFrom(published);
            versions.saveAndFlush(draft);
            for (ModuleEntity module : modules.findByVersionIdOrderByPosition(published.getId())) {
                ModuleEntity copy = modules.saveAndFlush(new ModuleEntity(draft.getId(), module.getPosition(),
                        module.getTitle()));
                for (LessonEntity lesson : lessons.findByModuleIdOrderByPosition(module.getId())) {
                    lessons.save(new LessonEntity(draft.getId(), copy.getId(), lesson.getLessonKey(),
                            lesson.getPosition(), lesson.getTitle(), lesson.getBody(), lesson.getLinkUrl(),
                            lesson.getLinkTitle()));
                }
            }
            for (MaterialEntity material : materials.findByVersionId(published.getId())) {
                materials.save(new MaterialEntity(draft.getId(), material.getLessonKey(), material.getFileName(),
                        material.getContentType(), material.getContent(), user.username(), clock.instant()));
            }
            for (QuestionEntity question : questions.findByVersionIdOrderByPosition(published.getId())) {
                questions.save(new QuestionEntity(draft.getId(), question.getQuestionKey(), question.getPosition(),
                        question.getText(), question.isMultiple(), question.getAnswers()));
            }
            course.setDraftVersionId(draft.getId());
            return draft.getId();
        });
    }

    public void updateDetails(long courseId, CourseInput input) {
        trainer();
        validate(input);
        platform(() -> {
            apply(draft(courseId), input);
            return null;
        });
    }

    public long addModule(long courseId, String title) {
        trainer();
        String clean = required("moduleTitle", title, 3, 200);
        return platform(() -> {
            CourseVersionEntity draft = draft(courseId);
            int position = modules.findByVersionIdOrderByPosition(draft.getId()).size();
            return modules.save(new ModuleEntity(draft.getId(), position, clean)).getId();
        });
    }

    public void renameModule(long courseId, long moduleId, String title) {
        trainer();
        String clean = required("moduleTitle", title, 3, 200);
        platform(() -> {
            module(courseId, moduleId).setTitle(clean);
            return null;
        });
    }

    /** Removes a module with its lessons and their materials. */
    public void removeModule(long courseId, long moduleId) {
        trainer();
        platform(() -> {
            ModuleEntity module = module(courseId, moduleId);
            for (LessonEntity lesson : lessons.findByModuleIdOrderByPosition(moduleId)) {
                deleteLesson(lesson);
            }
            modules.delete(module);
            renumberModules(module.getVersionId());
            return null;
        });
    }

    public long addLesson(long courseId, long moduleId, LessonInput input) {
        trainer();
        LessonInput clean = validate(input);
        return platform(() -> {
            ModuleEntity module = module(courseId, moduleId);
            // Positions run through the whole version, so lessons order by module then by place in it.
            List<LessonEntity> all = lessons.findByVersionIdOrderByPosition(module.getVersionId());
            LessonEntity lesson = lessons.save(new LessonEntity(module.getVersionId(), moduleId,
                    UUID.randomUUID().toString(), all.size(), clean.title(), clean.body(), clean.linkUrl(),
                    clean.linkTitle()));
            renumberLessons(module.getVersionId());
            return lesson.getId();
        });
    }

    public void updateLesson(long courseId, long lessonId, LessonInput input) {
        trainer();
        LessonInput clean = validate(input);
        platform(() -> {
            lesson(courseId, lessonId).update(clean.title(), clean.body(), clean.linkUrl(), clean.linkTitle());
            return null;
        });
    }

    public void removeLesson(long courseId, long lessonId) {
        trainer();
        platform(() -> {
            LessonEntity lesson = lesson(courseId, lessonId);
            deleteLesson(lesson);
            renumberLessons(lesson.getVersionId());
            return null;
        });
    }

    /** Moves a module one place up ({@code -1}) or down ({@code +1}); its lessons move with it. */
    public void moveModule(long courseId, long moduleId, int direction) {
        trainer();
        platform(() -> {
            ModuleEntity module = module(courseId, moduleId);
            List<ModuleEntity> siblings = new ArrayList<>(modules.findByVersionIdOrderByPosition(module.getVersionId()));
            int index = siblings.indexOf(module);
            int target = index + Integer.signum(direction);
            if (target >= 0 && target < siblings.size()) {
                int position = module.getPosition();
                module.setPosition(siblings.get(target).getPosition());
                siblings.get(target).setPosition(position);
                modules.flush();
                renumberLessons(module.getVersionId());
            }
            return null;
        });
    }

    /**
     * Moves a lesson one place up ({@code -1}) or down ({@code +1}). From the top of its module it goes up to the end
     * of the module before; from the bottom, down to the start of the module after (as in Moodle's course editor).
     */
    public void moveLesson(long courseId, long lessonId, int direction) {
        trainer();
        platform(() -> {
            LessonEntity lesson = lesson(courseId, lessonId);
            List<LessonEntity> siblings = new ArrayList<>(lessons.findByModuleIdOrderByPosition(lesson.getModuleId()));
            int index = siblings.indexOf(lesson);
            int target = index + Integer.signum(direction);
            if (target >= 0 && target < siblings.size()) {
                int a = siblings.get(index).getPosition();
                siblings.get(index).setPosition(siblings.get(target).getPosition());
                siblings.get(target).setPosition(a);
                return null;
            }
            List<ModuleEntity> courseModules = modules.findByVersionIdOrderByPosition(lesson.getVersionId());
            int moduleIndex = courseModules.stream().map(ModuleEntity::getId).toList().indexOf(lesson.getModuleId());
            int neighbour = moduleIndex + Integer.signum(direction);
            if (neighbour < 0 || neighbour >= courseModules.size()) {
                return null; // Already the first or the last lesson of the course.
            }
            ModuleEntity into = courseModules.get(neighbour);
            List<LessonEntity> there = lessons.findByModuleIdOrderByPosition(into.getId());
            lesson.setModuleId(into.getId());
            // Positions run through the version; renumbering puts the lesson at the end (up) or the start (down).
            lesson.setPosition(direction < 0 ? Integer.MAX_VALUE : there.isEmpty() ? 0 : there.getFirst().getPosition() - 1);
            renumberLessons(lesson.getVersionId());
            return null;
        });
    }

    /** Attaches a file to a lesson of the draft; the refusal's message key when the policy refuses it. */
    public Optional<String> attachMaterial(long courseId, long lessonId, String fileName, byte[] content) {
        PortalUser user = trainer();
        UploadPolicy.Result result = MATERIALS.check(fileName, content);
        if (!result.accepted()) {
            return Optional.of("training.material." + result.refusal().name().toLowerCase(Locale.ROOT));
        }
        // The name is shown and sent back in the download header: no path parts, quotes or control characters.
        String safeName = UploadPolicy.safeFileName(fileName);
        platform(() -> {
            LessonEntity lesson = lesson(courseId, lessonId);
            materials.save(new MaterialEntity(lesson.getVersionId(), lesson.getLessonKey(), safeName,
                    result.contentType(), content, user.username(), clock.instant()));
            return null;
        });
        return Optional.empty();
    }

    public void removeMaterial(long courseId, long materialId) {
        trainer();
        platform(() -> {
            CourseVersionEntity draft = draft(courseId);
            MaterialEntity material = materials.findById(materialId)
                    .filter(m -> m.getVersionId().equals(draft.getId())).orElseThrow(() -> new NotFound("material"));
            materials.delete(material);
            return null;
        });
    }

    public long addQuestion(long courseId, QuestionInput input) {
        trainer();
        QuestionInput clean = validate(input);
        return platform(() -> {
            CourseVersionEntity draft = draft(courseId);
            int position = questions.findByVersionIdOrderByPosition(draft.getId()).size();
            return questions.save(new QuestionEntity(draft.getId(), UUID.randomUUID().toString(), position,
                    clean.text(), clean.multiple(), answers(clean))).getId();
        });
    }

    public void updateQuestion(long courseId, long questionId, QuestionInput input) {
        trainer();
        QuestionInput clean = validate(input);
        platform(() -> {
            question(courseId, questionId).update(clean.text(), clean.multiple(), answers(clean));
            return null;
        });
    }

    public void removeQuestion(long courseId, long questionId) {
        trainer();
        platform(() -> {
            QuestionEntity question = question(courseId, questionId);
            questions.delete(question);
            List<QuestionEntity> rest = questions.findByVersionIdOrderByPosition(question.getVersionId());
            for (int i = 0; i < rest.size(); i++) {
                rest.get(i).setPosition(i);
            }
            return null;
        });
    }

    /**
     * Publishes the draft to every department or to the chosen ones. From now on it is immutable; the version
     * it replaces stays for the learners enrolled on it.
     */
    public void publish(long courseId, boolean allDepartments, Set<String> departments) {
        PortalUser user = trainer();
        Set<String> chosen = departments == null ? Set.of() : new LinkedHashSet<>(departments);
        if (!allDepartments && chosen.isEmpty()) {
            throw new InvalidInput("departments", "training.invalid.departments");
        }
        if (!allDepartments && !chosen.stream().allMatch(id -> directory.find(id).isPresent())) {
            throw new InvalidInput("departments", "training.invalid.departments");
        }
        platform(() -> {
            CourseEntity course = course(courseId);
            CourseVersionEntity draft = draft(courseId);
            if (lessons.findByVersionIdOrderByPosition(draft.getId()).isEmpty()) {
                throw new InvalidInput("lessons", "training.invalid.noLessons");
            }
            if (course.getPublishedVersionId() != null) {
                versions.findById(course.getPublishedVersionId())
                        .ifPresent(previous -> previous.setStatus(VersionStatus.SUPERSEDED));
            }
            draft.publish(user.username(), clock.instant());
            course.setPublishedVersionId(draft.getId());
            course.setDraftVersionId(null);
            course.setAllDepartments(allDepartments);
            course.getTargets().clear();
            if (!allDepartments) {
                course.getTargets().addAll(chosen);
            }
            return null;
        });
    }

    /** Changes who may take the published course, without a new version. */
    public void changeAudience(long courseId, boolean allDepartments, Set<String> departments) {
        trainer();
        if (!allDepartments && (departments == null || departments.isEmpty())) {
            throw new InvalidInput("departments", "training.invalid.departments");
        }
        platform(() -> {
            CourseEntity course = course(courseId);
            course.setAllDepartments(allDepartments);
            course.getTargets().clear();
            if (!allDepartments) {
                course.getTargets().addAll(departments);
            }
            return null;
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private <T> T platform(Supplier<T> work) {
        return tenantWork.inPlatform(work);
    }

    static PortalUser trainer() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!user.hasRole(PortalRole.TRAINER)) {
            throw new AccessDeniedException("Course authoring is for trainers");
        }
        return user;
    }

    private CourseEntity course(long courseId) {
        return courses.findById(courseId).orElseThrow(() -> new NotFound("course " + courseId));
    }

    private CourseVersionEntity draft(long courseId) {
        CourseEntity course = course(courseId);
        if (course.getDraftVersionId() == null) {
            throw new TrainingExceptions.NotAllowed("training.error.notDraft");
        }
        return versions.findById(course.getDraftVersionId()).orElseThrow();
    }

    private ModuleEntity module(long courseId, long moduleId) {
        CourseVersionEntity draft = draft(courseId);
        return modules.findById(moduleId).filter(m -> m.getVersionId().equals(draft.getId()))
                .orElseThrow(() -> new NotFound("module " + moduleId));
    }

    private LessonEntity lesson(long courseId, long lessonId) {
        CourseVersionEntity draft = draft(courseId);
        return lessons.findById(lessonId).filter(l -> l.getVersionId().equals(draft.getId()))
                .orElseThrow(() -> new NotFound("lesson " + lessonId));
    }

    private QuestionEntity question(long courseId, long questionId) {
        CourseVersionEntity draft = draft(courseId);
        return questions.findById(questionId).filter(q -> q.getVersionId().equals(draft.getId()))
                .orElseThrow(() -> new NotFound("question " + questionId));
    }

    private void deleteLesson(LessonEntity lesson) {
        materials.findByVersionId(lesson.getVersionId()).stream()
                .filter(m -> m.getLessonKey().equals(lesson.getLessonKey())).forEach(materials::delete);
        lessons.delete(lesson);
    }

    private void renumberModules(Long versionId) {
        List<ModuleEntity> all = modules.findByVersionIdOrderByPosition(versionId);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setPosition(i);
        }
        renumberLessons(versionId);
    }

    /** Lesson positions follow module order, then the lesson's place in its module. */
    private void renumberLessons(Long versionId) {
        lessons.flush();
        int position = 0;
        for (ModuleEntity module : modules.findByVersionIdOrderByPosition(versionId)) {
            for (LessonEntity lesson : lessons.findByModuleIdOrderByPosition(module.getId())) {
                lesson.setPosition(position++);
            }
        }
    }

    private CourseSummary summary(CourseEntity course) {
        Long shownId = course.getPublishedVersionId() != null ? course.getPublishedVersionId()
                : course.getDraftVersionId();
        CourseVersionEntity shown = versions.findById(shownId).orElseThrow();
        Integer published = course.getPublishedVersionId() == null ? null
                : versions.findById(course.getPublishedVersionId()).map(CourseVersionEntity::getNumber).orElse(null);
        Integer draft = course.getDraftVersionId() == null ? null
                : versions.findById(course.getDraftVersionId()).map(CourseVersionEntity::getNumber).orElse(null);
        return new CourseSummary(course.getId(), shown.getTitle(), shown.getSummary(), shown.getAudience(),
                shown.getDomain(), mechanisms(shown.getMechanisms()), shown.getDurationMinutes(), published, draft,
                course.isAllDepartments(), Set.copyOf(course.getTargets()));
    }

    private CourseContent content(CourseVersionEntity version) {
        List<CourseModule> moduleList = new ArrayList<>();
        for (ModuleEntity module : modules.findByVersionIdOrderByPosition(version.getId())) {
            moduleList.add(new CourseModule(module.getId(), module.getTitle(),
                    lessons.findByModuleIdOrderByPosition(module.getId()).stream()
                            .map(l -> new Lesson(l.getId(), l.getLessonKey(), l.getTitle(), l.getBody(),
                                    l.getLinkUrl(), l.getLinkTitle()))
                            .toList()));
        }
        List<Question> questionList = questions.findByVersionIdOrderByPosition(version.getId()).stream()
                .map(q -> new Question(q.getId(), q.getQuestionKey(), q.getText(), q.isMultiple(),
                        q.getAnswers().stream().map(a -> new AnswerOption(a.getText(), a.isCorrect(),
                                a.getFeedback())).toList()))
                .toList();
        return new CourseContent(version.getCourseId(), version.getId(), version.getNumber(), version.getStatus(),
                version.getTitle(), version.getSummary(), version.getAudience(), version.getDomain(),
                mechanisms(version.getMechanisms()), version.getDurationMinutes(), version.getPassMark(),
                version.getMaxAttempts(), moduleList, materials.listByVersion(version.getId()), questionList);
    }

    static Set<Mechanism> mechanisms(String stored) {
        Set<Mechanism> set = EnumSet.noneOf(Mechanism.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).forEach(name -> set.add(Mechanism.valueOf(name)));
        }
        return set;
    }

    private static void apply(CourseVersionEntity version, CourseInput input) {
        version.setTitle(input.title().strip());
        version.setSummary(input.summary().strip());
        version.setAudience(input.audience().strip());
        version.setDomain(input.domain());
        version.setMechanisms(input.mechanisms() == null ? "" : input.mechanisms().stream().sorted()
                .map(Enum::name).collect(Collectors.joining(",")));
        version.setDurationMinutes(input.durationMinutes());
        version.setPassMark(input.passMark());
        version.setMaxAttempts(input.maxAttempts());
    }

    static void validate(CourseInput input) {
        required("title", input.title(), 5, 200);
        required("summary", input.summary(), 10, 5000);
        required("audience", input.audience(), 3, 200);
        if (input.domain() == null) {
            throw new InvalidInput("domain", "training.invalid.required");
        }
        if (input.mechanisms() != null && input.mechanisms().contains(Mechanism.OTHER)) {
            throw new InvalidInput("mechanisms", "training.invalid.mechanism");
        }
        range("duration", input.durationMinutes(), 5, 6000);
        range("passMark", input.passMark(), 0, 100);
        range("maxAttempts", input.maxAttempts(), 0, 20);
    }

    private static LessonInput validate(LessonInput input) {
        String title = required("lessonTitle", input.title(), 3, 200);
        String body = required("lessonBody", input.body(), 1, 100_000);
        String url = blankToNull(input.linkUrl());
        if (url != null) {
            try {
                URI uri = URI.create(url);
                if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                        || uri.getHost() == null || url.length() > 500) {
                    throw new InvalidInput("linkUrl", "training.invalid.url");
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("linkUrl", "training.invalid.url");
            }
        }
        String linkTitle = blankToNull(input.linkTitle());
        if (linkTitle != null && linkTitle.length() > 200) {
            throw new InvalidInput("linkTitle", "training.invalid.tooLong");
        }
        return new LessonInput(title, body, url, url == null ? null : linkTitle);
    }

    private static QuestionInput validate(QuestionInput input) {
        String text = required("questionText", input.text(), 5, 2000);
        List<AnswerOption> answers = input.answers() == null ? List.of() : input.answers().stream()
                .filter(a -> a.text() != null && !a.text().isBlank())
                .map(a -> new AnswerOption(a.text().strip(), a.correct(), blankToNull(a.feedback())))
                .toList();
        if (answers.size() < 2) {
            throw new InvalidInput("answers", "training.invalid.answers.tooFew");
        }
        if (answers.stream().anyMatch(a -> a.text().length() > 500
                || a.feedback() != null && a.feedback().length() > 1000)) {
            throw new InvalidInput("answers", "training.invalid.tooLong");
        }
        long correct = answers.stream().filter(AnswerOption::correct).count();
        if (correct == 0) {
            throw new InvalidInput("answers", "training.invalid.answers.noneCorrect");
        }
        if (!input.multiple() && correct > 1) {
            throw new InvalidInput("answers", "training.invalid.answers.singleOneCorrect");
        }
        return new QuestionInput(text, input.multiple(), answers);
    }

    private static List<QuestionEntity.Answer> answers(QuestionInput input) {
        return input.answers().stream().map(a -> new QuestionEntity.Answer(a.text(), a.correct(), a.feedback()))
                .toList();
    }

    static String required(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "training.invalid.required");
        }
        String clean = FreeText.clean(value).strip();
        if (clean.length() < min) {
            throw new InvalidInput(field, "training.invalid.tooShort");
        }
        if (clean.length() > max) {
            throw new InvalidInput(field, "training.invalid.tooLong");
        }
        return clean;
    }

    private static void range(String field, Integer value, int min, int max) {
        if (value == null) {
            throw new InvalidInput(field, "training.invalid.required");
        }
        if (value < min || value > max) {
            throw new InvalidInput(field, "training.invalid.range");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
