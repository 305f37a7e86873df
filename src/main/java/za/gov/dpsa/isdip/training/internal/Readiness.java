package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.data.department.ReadinessResponseEntity;
import za.gov.dpsa.isdip.training.data.department.ReadinessResponseRepository;
import za.gov.dpsa.isdip.training.data.platform.ReadinessSummaryRepository;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change-readiness survey (ADKAR: awareness, desire, knowledge, ability, reinforcement; each 1 to 5). An
 * official's answers stay in their department; the department publishes only averages, and only from three
 * responses on, for DPSA and trainers.
 */
@Service
public class Readiness {

    public static final List<String> ELEMENTS = List.of("awareness", "desire", "knowledge", "ability",
            "reinforcement");

    private final ReadinessResponseRepository responses;
    private final ReadinessSummaryRepository summaries;
    private final TrainingPublisher publisher;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final Clock clock;

    Readiness(ReadinessResponseRepository responses, ReadinessSummaryRepository summaries,
              TrainingPublisher publisher, DepartmentDirectory directory, TenantWork tenantWork, Clock clock) {
        this.responses = responses;
        this.summaries = summaries;
        this.publisher = publisher;
        this.directory = directory;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    /** The official's latest answers, in the order of {@link #ELEMENTS}. */
    @Transactional(readOnly = true)
    public Optional<int[]> mine() {
        Learning.Official official = Learning.official();
        return responses.findByUsername(official.username()).map(ReadinessResponseEntity::scores);
    }

    /** Records the official's answers (replacing earlier ones) and publishes the department's averages. */
    @Transactional
    public void answer(Integer[] scores) {
        Learning.Official official = Learning.official();
        if (scores == null || scores.length != ELEMENTS.size()) {
            throw new InvalidInput(ELEMENTS.getFirst(), "training.invalid.required");
        }
        int[] values = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == null) {
                throw new InvalidInput(ELEMENTS.get(i), "training.invalid.required");
            }
            if (scores[i] < 1 || scores[i] > 5) {
                throw new InvalidInput(ELEMENTS.get(i), "training.invalid.range");
            }
            values[i] = scores[i];
        }
        ReadinessResponseEntity response = responses.findByUsername(official.username())
                .orElseGet(() -> new ReadinessResponseEntity(official.username()));
        response.update(values, clock.instant());
        responses.save(response);
        publisher.readinessChanged(official.department());
    }

    /** The department's own figures, for its administrator (and its reporting officer). */
    @Transactional(readOnly = true)
    public ReadinessFigures department() {
        Learning.Official official = Learning.official();
        if (!official.user().hasRole(PortalRole.DEPT_ADMIN) && !official.user().hasRole(PortalRole.DEPT_REPORTER)) {
            throw new AccessDeniedException("Readiness results are for the administrator and reporting officer");
        }
        List<ReadinessResponseEntity> all = responses.findAll();
        java.math.BigDecimal[] averages = TrainingPublisher.averages(all);
        String name = directory.find(official.department()).map(Department::name).orElse(official.department());
        return averages == null ? new ReadinessFigures(official.department(), name, all.size(), null, null, null, null,
                null, null)
                : new ReadinessFigures(official.department(), name, all.size(), averages[0], averages[1], averages[2],
                averages[3], averages[4], null);
    }

    /** Every department's published figures, for DPSA and trainers. */
    public List<ReadinessFigures> byDepartment() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!user.worksAcrossDepartments()) {
            throw new AccessDeniedException("Readiness across departments is for DPSA and trainers");
        }
        return tenantWork.inPlatform(() -> summaries.findAll().stream()
                .map(s -> new ReadinessFigures(s.getDepartmentId(), directory.find(s.getDepartmentId())
                        .map(Department::name).orElse(s.getDepartmentId()), s.getResponses(), s.getAwareness(),
                        s.getDesire(), s.getKnowledge(), s.getAbility(), s.getReinforcement(), s.getUpdatedAt()))
                .sorted(Comparator.comparing(ReadinessFigures::departmentName))
                .toList());
    }
}
