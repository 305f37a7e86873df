package za.gov.dpsa.isdip.training.data.department;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<EnrolmentEntity, Long> {
    List<EnrolmentEntity> findByUsernameOrderByEnrolledAtDesc(String username);

    Optional<EnrolmentEntity> findByUsernameAndCourseId(String username, Long courseId);

    Optional<EnrolmentEntity> findByIdAndUsername(Long id, String username);

    List<EnrolmentEntity> findByCourseId(Long courseId);

    List<EnrolmentEntity> findAllByOrderByDisplayNameAscCourseTitleAsc();

    List<EnrolmentEntity> findByCertificateCodeNotNull();

    @Query("select distinct e.courseId from EnrolmentEntity e")
    List<Long> courseIds();

    long countByEnrolledAtGreaterThanEqualAndEnrolledAtLessThan(Instant from, Instant to);

    List<EnrolmentEntity> findByCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByCompletedAt(Instant from,
                                                                                                    Instant to);

    @Query("select e from EnrolmentEntity e where lower(e.displayName) = lower(:name) order by e.id")
    List<EnrolmentEntity> findByLearnerName(String name);

    /** Enrolments whose last event (completion, else enrolment) is before the cutoff and still name the learner. */
    @Query("""
            select e.id from EnrolmentEntity e where coalesce(e.completedAt, e.enrolledAt) < :cutoff
            and e.displayName <> :marker order by e.id""")
    List<Long> lastActiveBefore(Instant cutoff, String marker, org.springframework.data.domain.Limit limit);
}
