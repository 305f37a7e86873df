package za.gov.dpsa.isdip.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.reporting.data.platform.ReportingPeriodEntity;
import za.gov.dpsa.isdip.reporting.data.platform.ReportingPeriodRepository;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/** The periods DPSA opened for reporting; readable by everyone, opened by DPSA super-admins only. */
@Service
public class ReportingPeriods {

    private final ReportingPeriodRepository periods;
    private final TenantWork tenantWork;
    private final Clock clock;

    ReportingPeriods(ReportingPeriodRepository periods, TenantWork tenantWork, Clock clock) {
        this.periods = periods;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    /** Newest first. */
    public List<ReportingPeriod> all() {
        return tenantWork.inPlatform(() -> periods.findAllByOrderByFiscalYearDescQuarterDesc().stream()
                .map(ReportingPeriodEntity::toPeriod).toList());
    }

    public Optional<ReportingPeriod> find(long id) {
        return tenantWork.inPlatform(() -> periods.findById(id).map(ReportingPeriodEntity::toPeriod));
    }

    /** Opens a quarter (1 to 4) or a whole financial year (0) with its due date. */
    public ReportingPeriod open(int fiscalYear, int quarter, LocalDate dueOn) {
        PortalUser user = PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Only DPSA opens reporting periods"));
        if (quarter < 0 || quarter > 4) {
            throw new InvalidInput("quarter", "report.invalid.quarter");
        }
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new InvalidInput("fiscalYear", "report.invalid.fiscalYear");
        }
        if (dueOn == null || dueOn.isBefore(ReportingPeriod.end(fiscalYear, quarter))) {
            throw new InvalidInput("dueOn", "report.invalid.dueOn");
        }
        return tenantWork.inPlatform(() -> {
            if (periods.existsByFiscalYearAndQuarter(fiscalYear, quarter)) {
                throw new InvalidInput("quarter", "report.invalid.periodExists");
            }
            return periods.save(new ReportingPeriodEntity(fiscalYear, quarter, dueOn, user.username(),
                    clock.instant())).toPeriod();
        });
    }
}
