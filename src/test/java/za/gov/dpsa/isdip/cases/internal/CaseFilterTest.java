package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The case list filter and its round trip through the address bar. */
class CaseFilterTest {

    static final CaseFilter FULL = new CaseFilter(
            EnumSet.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS),
            EnumSet.of(CasePriority.HIGH, CasePriority.CRITICAL),
            EnumSet.of(Mechanism.SDIP, Mechanism.BATHO_PELE),
            "del.official", true, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), "queue times");

    @Test
    void aFullFilterBecomesOneParameterPerFieldWithSortedValues() {
        assertThat(FULL.toQueryParameters()).containsExactly(
                entry("status", List.of("IN_PROGRESS,NEW")),
                entry("priority", List.of("CRITICAL,HIGH")),
                entry("category", List.of("BATHO_PELE,SDIP")),
                entry("assignee", List.of("del.official")),
                entry("breached", List.of("true")),
                entry("from", List.of("2025-01-01")),
                entry("to", List.of("2025-03-31")),
                entry("q", List.of("queue times")));
    }

    @Test
    void aFullFilterSurvivesTheRoundTripThroughTheAddress() {
        CaseFilter back = CaseFilter.fromQueryParameters(FULL.toQueryParameters());

        assertThat(back).isEqualTo(FULL);
        assertThat(back.statuses()).containsExactlyInAnyOrder(CaseStatus.NEW, CaseStatus.IN_PROGRESS);
        assertThat(back.priorities()).containsExactlyInAnyOrder(CasePriority.HIGH, CasePriority.CRITICAL);
        assertThat(back.categories()).containsExactlyInAnyOrder(Mechanism.SDIP, Mechanism.BATHO_PELE);
        assertThat(back.assignee()).isEqualTo("del.official");
        assertThat(back.breachedOnly()).isTrue();
        assertThat(back.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(back.to()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(back.text()).isEqualTo("queue times");
    }

    @Test
    void theUnassignedQueueAndTheOpenCasesSurviveTheRoundTrip() {
        CaseFilter team = CaseFilter.openCases().withAssignee(CaseFilter.UNASSIGNED);

        assertThat(team.toQueryParameters()).containsExactly(
                entry("status", List.of("ASSIGNED,AWAITING_INFORMATION,IN_PROGRESS,NEW")),
                entry("assignee", List.of("-")));
        assertThat(CaseFilter.fromQueryParameters(team.toQueryParameters())).isEqualTo(team);
    }

    @Test
    void unknownValuesAndBrokenDatesInTheAddressAreDroppedWithoutError() {
        Map<String, List<String>> address = Map.of(
                "status", List.of("NEW,NO_SUCH_STATUS,,closed, RESOLVED "),
                "priority", List.of("URGENT"),
                "category", List.of("SDIP;BATHO_PELE"),
                "breached", List.of("yes"),
                "from", List.of("2025-02-30"),
                "to", List.of("31/03/2025"),
                "unknown", List.of("whatever"));

        CaseFilter filter = CaseFilter.fromQueryParameters(address);

        assertThat(filter.statuses()).containsExactlyInAnyOrder(CaseStatus.NEW, CaseStatus.RESOLVED);
        assertThat(filter.priorities()).isEmpty();
        assertThat(filter.categories()).isEmpty();
        assertThat(filter.breachedOnly()).isFalse();
        assertThat(filter.from()).isNull();
        assertThat(filter.to()).isNull();
        assertThat(filter.assignee()).isNull();
        assertThat(filter.text()).isNull();
    }

    @Test
    void emptyParameterValuesAreIgnored() {
        Map<String, List<String>> address = Map.of("status", List.of(), "priority", List.of(""),
                "q", List.of("   "));

        assertThat(CaseFilter.fromQueryParameters(address)).isEqualTo(CaseFilter.none());
    }

    @Test
    void anEmptyFilterGivesNoParametersAndComesBackFromNone() {
        assertThat(CaseFilter.none().toQueryParameters()).isEmpty();
        assertThat(new CaseFilter(Set.of(), Set.of(), Set.of(), "", false, null, null, "").toQueryParameters())
                .isEmpty();
        assertThat(CaseFilter.fromQueryParameters(Map.of())).isEqualTo(CaseFilter.none());
    }

    @Test
    void whitespaceOnlyTextAndAssigneeBecomeNullAndOtherTextIsStripped() {
        CaseFilter blank = new CaseFilter(null, null, null, " \t ", false, null, null, "   \n ");
        CaseFilter padded = new CaseFilter(null, null, null, "  del.official ", false, null, null, "  queue  ");

        assertThat(blank.text()).isNull();
        assertThat(blank.assignee()).isNull();
        assertThat(blank.statuses()).isNotNull().isEmpty();
        assertThat(blank.priorities()).isNotNull().isEmpty();
        assertThat(blank.categories()).isNotNull().isEmpty();
        assertThat(padded.text()).isEqualTo("queue");
        assertThat(padded.assignee()).isEqualTo("del.official");
        assertThat(padded.toQueryParameters()).containsExactly(entry("assignee", List.of("del.official")),
                entry("q", List.of("queue")));
    }

    @Test
    void theFilterKeepsACopyOfTheSetsItWasGiven() {
        Set<CaseStatus> statuses = new HashSet<>(Set.of(CaseStatus.NEW));
        CaseFilter filter = CaseFilter.none().withStatuses(statuses);

        statuses.add(CaseStatus.CLOSED);

        assertThat(filter.statuses()).containsExactly(CaseStatus.NEW);
    }

    @Test
    void valuesTheListCannotUseAreNamedSoTheOfficialIsToldWhatWasLeftOut() {
        Map<String, List<String>> address = Map.of(
                "status", List.of("NEW,NO_SUCH_STATUS"),
                "priority", List.of("HIGH"),
                "breached", List.of("yes"),
                "from", List.of("-999999999-01-01"),
                "to", List.of("+999999999-12-31"),
                "q", List.of("x".repeat(CaseFilter.TEXT_MAX + 1)),
                "assignee", List.of("a".repeat(101)));

        CaseFilter.Parsed parsed = CaseFilter.parse(address);

        assertThat(parsed.ignored()).containsExactlyInAnyOrder("status", "breached", "from", "to", "q", "assignee");
        assertThat(parsed.filter().statuses()).containsExactly(CaseStatus.NEW);
        assertThat(parsed.filter().priorities()).containsExactly(CasePriority.HIGH);
        assertThat(parsed.filter().from()).isNull();
        assertThat(parsed.filter().to()).isNull();
        assertThat(parsed.filter().text()).isNull();
        assertThat(CaseFilter.parse(FULL.toQueryParameters()).ignored()).isEmpty();
    }

    @Test
    void datesOutsideTheBoundsAreLeftOutOfAnAddressAndRefusedEverywhereElse() {
        Map<String, List<String>> address = Map.of("from", List.of("1993-12-31"), "to", List.of("2101-01-01"));

        assertThat(CaseFilter.parse(address).ignored()).containsExactlyInAnyOrder("from", "to");
        assertThat(CaseFilter.parse(Map.of("from", List.of("1994-01-01"), "to", List.of("2100-12-31"))).ignored())
                .isEmpty();
        assertThatThrownBy(() -> new CaseFilter(null, null, null, null, false, LocalDate.MAX, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.messageKey()).isEqualTo("cases.invalid.dateRange");
                });
        assertThatThrownBy(() -> new CaseFilter(null, null, null, null, false, null, LocalDate.of(1900, 1, 1), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new CaseFilter(null, null, null, null, false, null, null, "q".repeat(201)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("q"));
    }
}
