package za.gov.dpsa.isdip.reporting;

import java.util.List;

/** What can go wrong with a report, each with a message key the UI shows as it is. */
public final class ReportExceptions {

    private ReportExceptions() {
    }

    /** Bad input, with its field. */
    public static class Invalid extends za.gov.dpsa.isdip.platform.InvalidInput {
        public Invalid(String field, String messageKey) {
            super(field, messageKey);
        }
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
    public static class Locked extends RuntimeException {
        public Locked() {
            super("The report is submitted or accepted and cannot change");
        }
    }

    /** Someone changed it meanwhile; nothing was overwritten. */
    public static class Conflict extends RuntimeException {
        public Conflict() {
            super("Changed by someone else meanwhile");
        }
    }

    /** No such report or period for this user. */
    public static class NotFound extends RuntimeException {
        public NotFound() {
            super("Not found");
        }
    }
}
