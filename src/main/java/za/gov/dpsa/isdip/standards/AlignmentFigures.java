package za.gov.dpsa.isdip.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of alignment, kept apart from storage so it can be checked on its own. A department answers
 * each harmonised standard once; the answer is counted for every mechanism requirement the standard is linked
 * to, so one answer moves the figures of every mechanism (and Batho Pele principle) it serves.
 */
public final class AlignmentFigures {

    private AlignmentFigures() {
    }

    /**
     * Answers to a set of demands. "Not applicable" is left out of the denominator; a demand not yet answered
     * counts against compliance, so an unanswered catalogue never looks compliant.
     */
    public record Figure(int met, int partially, int notMet, int notApplicable, int unassessed) {

        static final Figure NONE = new Figure(0, 0, 0, 0, 0);

        public int total() {
            return met + partially + notMet + notApplicable + unassessed;
        }

        /** Demands that apply: everything except "not applicable". */
        public int applicable() {
            return total() - notApplicable;
        }

        /** Share of applicable demands met, to one decimal; null when nothing applies. */
        public BigDecimal percent() {
            return applicable() == 0 ? null
                    : BigDecimal.valueOf(met * 100.0 / applicable()).setScale(1, RoundingMode.HALF_UP);
        }

        Figure plus(Rating rating) {
            if (rating == null) {
                return new Figure(met, partially, notMet, notApplicable, unassessed + 1);
            }
            return switch (rating) {
                case COMPLIANT -> new Figure(met + 1, partially, notMet, notApplicable, unassessed);
                case PARTIALLY -> new Figure(met, partially + 1, notMet, notApplicable, unassessed);
                case NOT_COMPLIANT -> new Figure(met, partially, notMet + 1, notApplicable, unassessed);
                case NOT_APPLICABLE -> new Figure(met, partially, notMet, notApplicable + 1, unassessed);
            };
        }
    }

    /** Compliance per mechanism, counted over the mechanisms' requirements through the harmonised links. */
    public static Map<Mechanism, Figure> byMechanism(List<HarmonisedStandard> standards, Map<String, Rating> answers) {
        Map<Mechanism, Figure> figures = new EnumMap<>(Mechanism.class);
        for (Mechanism mechanism : Mechanism.values()) {
            figures.put(mechanism, Figure.NONE);
        }
        for (HarmonisedStandard standard : standards) {
            Rating rating = answers.get(standard.code());
            for (MechanismRequirement requirement : Catalogue.liveRequirements(standard)) {
                figures.merge(requirement.mechanism(), Figure.NONE.plus(rating), AlignmentFigures::sum);
            }
        }
        return figures;
    }

    /** Compliance per Batho Pele principle, over the requirements that name a principle. */
    public static Map<BathoPele, Figure> byPrinciple(List<HarmonisedStandard> standards, Map<String, Rating> answers) {
        Map<BathoPele, Figure> figures = new EnumMap<>(BathoPele.class);
        for (BathoPele principle : BathoPele.values()) {
            figures.put(principle, Figure.NONE);
        }
        for (HarmonisedStandard standard : standards) {
            Rating rating = answers.get(standard.code());
            for (MechanismRequirement requirement : Catalogue.liveRequirements(standard)) {
                if (requirement.principle() != null) {
                    figures.merge(requirement.principle(), Figure.NONE.plus(rating), AlignmentFigures::sum);
                }
            }
        }
        return figures;
    }

    /** Compliance over the harmonised standards themselves: each answer counted once. */
    public static Figure overall(List<HarmonisedStandard> standards, Map<String, Rating> answers) {
        Figure figure = Figure.NONE;
        for (HarmonisedStandard standard : standards) {
            figure = figure.plus(answers.get(standard.code()));
        }
        return figure;
    }

    /** Overdue: due before today (South African date) and not done. Due today is not overdue yet. */
    public static boolean isOverdue(LocalDate dueDate, ActionStatus status, LocalDate today) {
        return status != ActionStatus.DONE && dueDate.isBefore(today);
    }

    private static Figure sum(Figure a, Figure b) {
        return new Figure(a.met() + b.met(), a.partially() + b.partially(), a.notMet() + b.notMet(),
                a.notApplicable() + b.notApplicable(), a.unassessed() + b.unassessed());
    }
}
