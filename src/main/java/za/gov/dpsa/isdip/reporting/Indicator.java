package za.gov.dpsa.isdip.reporting;

/**
 * One figure of the report template.
 *
 * @param code        stable identifier, e.g. {@code cases.opened}
 * @param nameKey     message key of its name; {@code nameKey + ".definition"} holds how it is computed
 * @param unit        {@code count}, {@code percent}, {@code days} or {@code yesno} (1 or 0)
 * @param aggregation how DPSA consolidates it across departments
 * @param manual      true where no portal data exists yet: the reporting officer enters it, marked as manual
 */
public record Indicator(String code, ReportingDomain domain, String nameKey, String unit, Aggregation aggregation,
                        boolean manual) {

    /** A figure a module computes, named by {@code report.indicator.<code>} in the message bundle. */
    public static Indicator computed(String code, ReportingDomain domain, String unit, Aggregation aggregation) {
        return new Indicator(code, domain, "report.indicator." + code, unit, aggregation, false);
    }

    /** How department figures combine into a national one. */
    public enum Aggregation {
        SUM,
        AVERAGE
    }
}
