package za.gov.dpsa.isdip.training.data;

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
}
