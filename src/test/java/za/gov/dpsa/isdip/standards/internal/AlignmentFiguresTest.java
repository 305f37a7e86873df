package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The arithmetic of harmonisation: one answer counted for every linked mechanism, N/A out, overdue days. */
class AlignmentFiguresTest {

    private static long ids = 1;

    private static MechanismRequirement requirement(Mechanism mechanism, BathoPelePrinciple principle, CatalogueStatus status) {
        long id = ids++;
        return new MechanismRequirement(id, "R-" + id, "Requirement " + id, "What is asked " + id, mechanism, "ref",
                principle, null, 1, LocalDate.of(2016, 8, 1), status, 0);
    }

    private static MechanismRequirement requirement(Mechanism mechanism, BathoPelePrinciple principle) {
        return requirement(mechanism, principle, CatalogueStatus.PUBLISHED);
    }

    private static HarmonisedStandard standard(String code, MechanismRequirement... requirements) {
        return new HarmonisedStandard(ids++, code, 1, "Standard " + code, "Requirement", "Evidence",
                LocalDate.of(2025, 4, 1), CatalogueStatus.PUBLISHED, List.of(requirements), 0);
    }

    // HS-03 serves OMF, the service charter, the SDIP and Batho Pele; HS-08 serves only Batho Pele.
    private final HarmonisedStandard serviceStandards = standard("HS-03",
            requirement(Mechanism.OMF, BathoPelePrinciple.SERVICE_STANDARDS),
            requirement(Mechanism.SERVICE_CHARTER, BathoPelePrinciple.SERVICE_STANDARDS),
            requirement(Mechanism.SDIP, BathoPelePrinciple.SERVICE_STANDARDS),
            requirement(Mechanism.BATHO_PELE, BathoPelePrinciple.SERVICE_STANDARDS));
    private final HarmonisedStandard courtesy = standard("HS-08", requirement(Mechanism.BATHO_PELE, BathoPelePrinciple.COURTESY));
    private final List<HarmonisedStandard> catalogue = List.of(serviceStandards, courtesy);

    @Test
    void oneHarmonisedAnswerCountsForEveryMechanismItServes() {
        var before = AlignmentFigures.byMechanism(catalogue, Map.of());
        var after = AlignmentFigures.byMechanism(catalogue, Map.of("HS-03", Rating.COMPLIANT));

        for (Mechanism served : List.of(Mechanism.OMF, Mechanism.SERVICE_CHARTER, Mechanism.SDIP)) {
            assertThat(before.get(served).percent()).isEqualByComparingTo("0");
            assertThat(after.get(served).met()).isEqualTo(1);
            assertThat(after.get(served).percent()).isEqualByComparingTo("100");
        }
        // Batho Pele has two demands here (service standards and courtesy): one of the two is met.
        assertThat(after.get(Mechanism.BATHO_PELE).percent()).isEqualByComparingTo("50");
        // The complaints framework is not served by either standard: nothing to count.
        assertThat(after.get(Mechanism.COMPLAINTS_MANAGEMENT).total()).isZero();
        assertThat(after.get(Mechanism.COMPLAINTS_MANAGEMENT).percent()).isNull();

        var byPrinciple = AlignmentFigures.byPrinciple(catalogue, Map.of("HS-03", Rating.COMPLIANT));
        assertThat(byPrinciple.get(BathoPelePrinciple.SERVICE_STANDARDS).met()).isEqualTo(4);
        assertThat(byPrinciple.get(BathoPelePrinciple.COURTESY).percent()).isEqualByComparingTo("0");
        // Overall counts each standard once, however many mechanisms it serves.
        assertThat(AlignmentFigures.overall(catalogue, Map.of("HS-03", Rating.COMPLIANT)).percent())
                .isEqualByComparingTo("50");
    }

    @Test
    void notApplicableIsLeftOutOfTheDenominatorAndPartialIsNotMet() {
        var figures = AlignmentFigures.byMechanism(catalogue,
                Map.of("HS-03", Rating.PARTIALLY, "HS-08", Rating.NOT_APPLICABLE));

        AlignmentFigures.Figure bathoPele = figures.get(Mechanism.BATHO_PELE);
        assertThat(bathoPele.total()).isEqualTo(2);
        assertThat(bathoPele.applicable()).isEqualTo(1);
        assertThat(bathoPele.percent()).isEqualByComparingTo("0");

        var compliantAndNa = AlignmentFigures.overall(catalogue,
                Map.of("HS-03", Rating.COMPLIANT, "HS-08", Rating.NOT_APPLICABLE));
        assertThat(compliantAndNa.percent()).isEqualByComparingTo("100");
        var allNa = AlignmentFigures.overall(List.of(courtesy), Map.of("HS-08", Rating.NOT_APPLICABLE));
        assertThat(allNa.percent()).as("nothing applies: no figure rather than 0% or 100%").isNull();
    }

    @Test
    void percentagesAreRoundedToOneDecimal() {
        HarmonisedStandard a = standard("HS-20", requirement(Mechanism.OMF, null));
        HarmonisedStandard b = standard("HS-21", requirement(Mechanism.OMF, null));
        HarmonisedStandard c = standard("HS-22", requirement(Mechanism.OMF, null));
        BigDecimal percent = AlignmentFigures.overall(List.of(a, b, c), Map.of("HS-20", Rating.COMPLIANT)).percent();
        assertThat(percent).isEqualByComparingTo("33.3");
    }

    @Test
    void draftAndRetiredRequirementsAreNotDemandsYet() {
        HarmonisedStandard mixed = standard("HS-30", requirement(Mechanism.OMF, null),
                requirement(Mechanism.COMPLAINTS_MANAGEMENT, BathoPelePrinciple.REDRESS, CatalogueStatus.DRAFT),
                requirement(Mechanism.SDIP, null, CatalogueStatus.RETIRED));
        var figures = AlignmentFigures.byMechanism(List.of(mixed), Map.of("HS-30", Rating.COMPLIANT));

        assertThat(figures.get(Mechanism.OMF).met()).isEqualTo(1);
        assertThat(figures.get(Mechanism.COMPLAINTS_MANAGEMENT).total()).isZero();
        assertThat(figures.get(Mechanism.SDIP).total()).isZero();
        assertThat(Catalogue.headline(List.of(mixed))).isEqualTo(new CatalogueHeadline(1, 1, 0));
    }

    @Test
    void aRequirementAnsweredByTwoStandardsIsOneDemandAndOneCompliantAnswerMeetsIt() {
        MechanismRequirement shared = requirement(Mechanism.COMPLAINTS_MANAGEMENT, BathoPelePrinciple.REDRESS);
        HarmonisedStandard first = standard("HS-40", shared);
        HarmonisedStandard second = standard("HS-41", shared, requirement(Mechanism.OMF, null));
        List<HarmonisedStandard> both = List.of(first, second);

        var unanswered = AlignmentFigures.byMechanism(both, Map.of());
        assertThat(unanswered.get(Mechanism.COMPLAINTS_MANAGEMENT).total()).isEqualTo(1);
        var oneAnswer = AlignmentFigures.byMechanism(both, Map.of("HS-41", Rating.COMPLIANT));
        assertThat(oneAnswer.get(Mechanism.COMPLAINTS_MANAGEMENT).met()).isEqualTo(1);
        assertThat(oneAnswer.get(Mechanism.OMF).met()).isEqualTo(1);
        var mixed = AlignmentFigures.byMechanism(both, Map.of("HS-40", Rating.NOT_COMPLIANT, "HS-41", Rating.PARTIALLY));
        assertThat(mixed.get(Mechanism.COMPLAINTS_MANAGEMENT).partially()).isEqualTo(1);
        assertThat(Catalogue.headline(both)).isEqualTo(new CatalogueHeadline(2, 2, 0));
    }

    @Test
    void theHeadlineCountsSeparateDemandsAgainstHarmonisedStandards() {
        assertThat(Catalogue.headline(catalogue)).isEqualTo(new CatalogueHeadline(5, 2, 3));
    }

    @Test
    void anActionIsOverdueOnlyFromTheDayAfterItsDueDateAndNeverWhenDone() {
        LocalDate today = LocalDate.of(2026, 3, 31);
        assertThat(AlignmentFigures.isOverdue(today, ActionStatus.OPEN, today)).as("due today").isFalse();
        assertThat(AlignmentFigures.isOverdue(today.minusDays(1), ActionStatus.OPEN, today)).as("due yesterday").isTrue();
        assertThat(AlignmentFigures.isOverdue(today.minusDays(1), ActionStatus.IN_PROGRESS, today)).isTrue();
        assertThat(AlignmentFigures.isOverdue(today.minusDays(30), ActionStatus.DONE, today)).as("done").isFalse();
        assertThat(AlignmentFigures.isOverdue(today.plusDays(1), ActionStatus.OPEN, today)).isFalse();
    }

    @Test
    void onlyFullHttpsAddressesAreAcceptedAsEvidenceLinks() {
        assertThat(DepartmentAlignment.isHttpsLink("https://www.dpsa.gov.za/charter.pdf")).isTrue();
        assertThat(DepartmentAlignment.isHttpsLink("http://www.dpsa.gov.za/charter.pdf")).isFalse();
        assertThat(DepartmentAlignment.isHttpsLink("javascript:alert(1)")).isFalse();
        assertThat(DepartmentAlignment.isHttpsLink("https://intranet/charter")).isFalse();
        assertThat(DepartmentAlignment.isHttpsLink("www.dpsa.gov.za")).isFalse();
    }

    @Test
    void theSeededCatalogueHarmonisesEveryRequirementItLists() {
        var catalogue = CatalogueSeed.read();
        List<String> requirements = CatalogueSeed.list(catalogue, "requirements").stream()
                .map(r -> (String) r.get("code")).toList();
        @SuppressWarnings("unchecked")
        List<String> linked = CatalogueSeed.list(catalogue, "standards").stream()
                .flatMap(s -> ((List<String>) s.get("links")).stream()).toList();
        assertThat(requirements).hasSizeBetween(15, 30).doesNotHaveDuplicates();
        assertThat(linked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(requirements);
        assertThat(CatalogueSeed.list(catalogue, "standards")).hasSizeBetween(8, 12);
    }
}
