package za.gov.dpsa.isdip.reporting.internal;

import java.util.List;

/** What can go wrong with a report, each with a message key the UI shows as it is. */
public final class ReportExceptions {

    private ReportExceptions() {
    }

    /** The figures break a rule of high importance; nothing was submitted. */
    public static class RulesBroken extends RuntimeException {
        private final List<ValidationRule> rules;

        public RulesBroken(List<ValidationRule> rules) {
            super("Validation rules broken: " + rules.stream().map(ValidationRule::code).toList());
            this.rules = List.copyOf(rules);
        }

        public List<ValidationRule> rules() {
            return rules;
        }
    }

    /** The report is submitted or accepted, so it cannot change. */
    public static class Locked extends za.gov.dpsa.isdip.core.Conflict {
        public Locked() {
            super("The report is submitted or accepted and cannot change", "report.locked");
        }
    }
}
