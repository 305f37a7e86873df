package za.gov.dpsa.isdip.reporting.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A check on the figures before submission, in the manner of DHIS2: left side, operator, right side (an
 * indicator or a number), importance. A rule whose sides have no figure is not applied.
 */
public record ValidationRule(String code, String left, Operator operator, String right, Importance importance,
                             String messageKey) {

    /** How the sides compare. */
    public enum Operator {
        LESS_OR_EQUAL("<="), LESS("<"), EQUAL("="), GREATER_OR_EQUAL(">="), GREATER(">");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** High blocks submission; medium and low warn. */
    public enum Importance {
        HIGH, MEDIUM, LOW
    }

    /** True when the rule holds or cannot be applied. */
    public boolean holds(Map<String, BigDecimal> figures) {
        BigDecimal l = figures.get(left);
        BigDecimal r = side(right, figures);
        if (l == null || r == null) {
            return true;
        }
        int c = l.compareTo(r);
        return switch (operator) {
            case LESS_OR_EQUAL -> c <= 0;
            case LESS -> c < 0;
            case EQUAL -> c == 0;
            case GREATER_OR_EQUAL -> c >= 0;
            case GREATER -> c > 0;
        };
    }

    private static BigDecimal side(String side, Map<String, BigDecimal> figures) {
        try {
            return new BigDecimal(side);
        } catch (NumberFormatException e) {
            return figures.get(side);
        }
    }
}
