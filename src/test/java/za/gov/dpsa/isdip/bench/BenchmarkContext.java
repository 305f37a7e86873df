package za.gov.dpsa.isdip.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A benchmark: run only by {@code ./mvnw test -Pbench} (tag {@code bench}), in one shared context on the kept
 * {@code isdipbench_*} databases, which the test run's reset leaves alone so their fill is done once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("bench")
@SpringBootTest(properties = {
        "isdip.embedded.platform-database=isdipbench_platform",
        "isdip.database.department-prefix=isdipbench_dept_",
        "isdip.test.reset-databases=false"})
@ActiveProfiles("test")
@interface BenchmarkContext {
}
