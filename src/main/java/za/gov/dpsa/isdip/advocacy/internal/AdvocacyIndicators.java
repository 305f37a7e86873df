package za.gov.dpsa.isdip.advocacy.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.advocacy.data.department.ActivityRepository;
import za.gov.dpsa.isdip.advocacy.data.department.DownloadRepository;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.IndicatorContribution;
import za.gov.dpsa.isdip.reporting.ReportingDomain;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.SourceRecord;

/**
 * Advocacy's figures for the report, counted from the department's own records: the campaign activities it
 * logged, the people they reached, and how often its officials used the library's resources.
 */
@Component
@Order(30)
class AdvocacyIndicators implements IndicatorContribution {

    static final String ACTIVITIES = "advocacy.activities";
    static final String PEOPLE_REACHED = "advocacy.peopleReached";
    static final String RESOURCES_USED = "advocacy.resourcesUsed";

    private static final List<Indicator> INDICATORS = List.of(
            indicator(ACTIVITIES),
            indicator(PEOPLE_REACHED),
            indicator(RESOURCES_USED));

    private final ActivityRepository activities;
    private final DownloadRepository downloads;

    AdvocacyIndicators(ActivityRepository activities, DownloadRepository downloads) {
        this.activities = activities;
        this.downloads = downloads;
    }

    private static Indicator indicator(String code) {
        return Indicator.computed(code, ReportingDomain.ADVOCACY, "count", Indicator.Aggregation.SUM);
    }

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> compute(ReportingPeriod period) {
        Instant from = period.startInstant(PortalTime.ZONE);
        Instant to = period.endInstant(PortalTime.ZONE);
        return Map.of(
                ACTIVITIES, BigDecimal.valueOf(activities.countByHeldOnBetween(period.startsOn(), period.endsOn())),
                PEOPLE_REACHED, BigDecimal.valueOf(activities.peopleReachedBetween(period.startsOn(),
                        period.endsOn())),
                RESOURCES_USED, BigDecimal.valueOf(
                        downloads.countByDownloadedAtGreaterThanEqualAndDownloadedAtLessThan(from, to)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SourceRecord> sources(String code, ReportingPeriod period, int limit) {
        return switch (code) {
            case ACTIVITIES, PEOPLE_REACHED -> activities.findByHeldOnBetweenOrderByHeldOnDescIdDesc(
                            period.startsOn(), period.endsOn(), Limit.of(limit)).stream()
                    .map(a -> new SourceRecord(a.getHeldOn().toString(), a.getTitle() + " (" + a.getCampaignName()
                            + ", " + a.getPeopleReached() + ")", "advocacy/campaigns?campaign=" + a.getCampaignId()))
                    .toList();
            case RESOURCES_USED -> downloads.usedBetween(period.startInstant(PortalTime.ZONE),
                            period.endInstant(PortalTime.ZONE), Limit.of(limit)).stream()
                    .map(r -> new SourceRecord(r[3] + "×", (String) r[2],
                            "advocacy/resource/" + ((String) r[0]).toLowerCase(java.util.Locale.ROOT) + "/" + r[1]))
                    .toList();
            default -> List.of();
        };
    }
}
