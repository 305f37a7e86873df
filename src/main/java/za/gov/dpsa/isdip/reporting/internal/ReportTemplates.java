package za.gov.dpsa.isdip.reporting.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.IndicatorContribution;
import za.gov.dpsa.isdip.reporting.data.platform.ReportTemplateEntity;
import za.gov.dpsa.isdip.reporting.data.platform.ReportTemplateRepository;
import za.gov.dpsa.isdip.reporting.internal.ValidationRule.Importance;
import za.gov.dpsa.isdip.reporting.internal.ValidationRule.Operator;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * DPSA's report template: the indicators every contribution offers, grouped by ISDIP domain, and the
 * validation rules. Published as a new version whenever the indicators or rules change (a module landing, a
 * rule added), so every submission records the template it was made against.
 */
@Service
public class ReportTemplates {

    static final List<ValidationRule> RULES = List.of(
            new ValidationRule("R1", "cases.resolvedWithinSla", Operator.LESS_OR_EQUAL, "100", Importance.HIGH,
                    "report.rule.percent"),
            new ValidationRule("R2", "cases.escalated", Operator.LESS_OR_EQUAL, "cases.opened", Importance.HIGH,
                    "report.rule.escalatedOpened"),
            new ValidationRule("R3", "alignment.standardsMet", Operator.LESS_OR_EQUAL, "100", Importance.HIGH,
                    "report.rule.percent"),
            new ValidationRule("R4", "omf.servicesWithSops", Operator.LESS_OR_EQUAL, "100", Importance.HIGH,
                    "report.rule.percent"),
            new ValidationRule("R5", "sdip.approved", Operator.LESS_OR_EQUAL, "1", Importance.HIGH,
                    "report.rule.yesNo"),
            new ValidationRule("R6", "change.officialsTrained", Operator.GREATER_OR_EQUAL, "0", Importance.HIGH,
                    "report.rule.notNegative"),
            new ValidationRule("R7", "advocacy.activities", Operator.GREATER_OR_EQUAL, "0", Importance.HIGH,
                    "report.rule.notNegative"),
            new ValidationRule("R8", "cases.resolved", Operator.GREATER, "0", Importance.LOW,
                    "report.rule.noneResolved"));

    private final List<IndicatorContribution> contributions;
    private final ReportTemplateRepository templates;
    private final TenantWork tenantWork;
    private final Clock clock;
    private volatile Integer version;

    ReportTemplates(List<IndicatorContribution> contributions, ReportTemplateRepository templates,
                    TenantWork tenantWork, Clock clock) {
        this.contributions = contributions;
        this.templates = templates;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    /** Every indicator, by domain; a computed indicator replaces a manual one with the same code. */
    public List<Indicator> indicators() {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (IndicatorContribution contribution : contributions) {
            for (Indicator indicator : contribution.indicators()) {
                Indicator existing = byCode.get(indicator.code());
                if (existing == null || existing.manual()) {
                    byCode.put(indicator.code(), indicator);
                }
            }
        }
        List<Indicator> ordered = new ArrayList<>(byCode.values());
        ordered.sort(Comparator.comparing(Indicator::domain));
        return ordered;
    }

    public List<ValidationRule> rules() {
        return RULES;
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    List<IndicatorContribution> contributions() {
        return contributions;
    }

    /** The current version, publishing a new one first when the template changed. */
    public int currentVersion() {
        Integer known = version;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (version == null) {
                Map<String, Object> content = new LinkedHashMap<>();
                content.put("indicators", indicators());
                content.put("rules", rules());
                String definition = JsonMapper.builder().build().writeValueAsString(content);
                version = tenantWork.inPlatform(() -> {
                    Optional<ReportTemplateEntity> latest = templates.findTopByOrderByVersionDesc();
                    if (latest.isPresent() && latest.get().getDefinition().equals(definition)) {
                        return latest.get().getVersion();
                    }
                    int next = latest.map(t -> t.getVersion() + 1).orElse(1);
                    templates.save(new ReportTemplateEntity(next, clock.instant(), definition));
                    return next;
                });
            }
            return version;
        }
    }
}
