package za.gov.dpsa.isdip.training.data.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizAttemptRepository extends JpaRepository<QuizAttemptEntity, Long> {
    List<QuizAttemptEntity> findByEnrolmentIdOrderByAttemptNo(Long enrolmentId);
}
