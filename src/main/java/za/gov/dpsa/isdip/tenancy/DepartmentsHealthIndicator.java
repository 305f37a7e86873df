package za.gov.dpsa.isdip.tenancy;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;


/**
 * The {@code departments} health component, part of readiness: up while this instance serves departments (or none
 * are registered yet), with how many are served, being updated, unavailable or failed. An instance whose every
 * department is unreachable is taken out of the load balancer; one still migrating a few departments is not, since
 * it serves all the others.
 */
@Component("departmentsHealthIndicator")
class DepartmentsHealthIndicator implements HealthIndicator {

    private final DepartmentAvailability availability;

    DepartmentsHealthIndicator(DepartmentAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Health health() {
        Map<DepartmentStatus, Integer> counts = availability.counts();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Health.Builder health = counts.get(DepartmentStatus.SERVING) > 0 || total == 0 ? Health.up() : Health.down();
        counts.forEach((status, count) -> health.withDetail(status.name().toLowerCase(Locale.ROOT), count));
        return health.build();
    }
}
