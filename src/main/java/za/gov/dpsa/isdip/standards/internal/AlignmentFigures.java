package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;

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
        // Every mechanism has its line, one the catalogue demands nothing of yet included: it shows nothing to count.
        Mechanism.named().forEach(mechanism -> figures.put(mechanism, Figure.NONE));
        demands(standards, answers).forEach((requirement, rating) ->
                figures.merge(requirement.mechanism(), Figure.NONE.plus(rating.orElse(null)), AlignmentFigures::sum));
        return figures;
    }

    /** Compliance per Batho Pele principle, over the requirements that name a principle. */
    public static Map<BathoPelePrinciple, Figure> byPrinciple(List<HarmonisedStandard> standards, Map<String, Rating> answers) {
        Map<BathoPelePrinciple, Figure> figures = new EnumMap<>(BathoPelePrinciple.class);
        for (BathoPelePrinciple principle : BathoPelePrinciple.values()) {
            figures.put(principle, Figure.NONE);
        }
        demands(standards, answers).forEach((requirement, rating) -> {
            if (requirement.principle() != null) {
                figures.merge(requirement.principle(), Figure.NONE.plus(rating.orElse(null)), AlignmentFigures::sum);
            }
        });
        return figures;
    }

    /**
     * Every live requirement once, with the answer that covers it. Where two standards answer the same requirement,
     * the best answer counts: one compliant answer is enough, which is the point of harmonisation.
     */
    static Map<MechanismRequirement, java.util.Optional<Rating>> demands(List<HarmonisedStandard> standards,
                                                                        Map<String, Rating> answers) {
        Map<Long, MechanismRequirement> requirements = new java.util.LinkedHashMap<>();
        Map<Long, Rating> best = new java.util.HashMap<>();
        for (HarmonisedStandard standard : standards) {
            Rating rating = answers.get(standard.code());
            for (MechanismRequirement requirement : Catalogue.liveRequirements(standard)) {
                requirements.putIfAbsent(requirement.id(), requirement);
                if (rating != null) {
                    best.merge(requirement.id(), rating, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            }
        }
        Map<MechanismRequirement, java.util.Optional<Rating>> demands = new java.util.LinkedHashMap<>();
        requirements.forEach((id, requirement) -> demands.put(requirement, java.util.Optional.ofNullable(best.get(id))));
        return demands;
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
