package za.gov.dpsa.isdip.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The table every export writer reads: square, and its own copy. */
class TableTest {

    @Test
    void aRowWithTheWrongNumberOfCellsIsRejectedByTheTable() {
        assertThatThrownBy(() -> new Table("t", List.of("a", "b"), List.of(List.of("1", "2"), List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 2");
        assertThatThrownBy(() -> new Table("t", List.of("a"), List.of(List.of("1", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTableKeepsItsOwnCopyAndTurnsNullCellsIntoEmptyText() {
        List<String> headers = new java.util.ArrayList<>(List.of("a", "b"));
        List<String> row = new java.util.ArrayList<>(Arrays.asList("1", null));
        List<List<String>> rows = new java.util.ArrayList<>(List.of(row));

        Table table = new Table("t", headers, rows);
        headers.add("c");
        row.set(0, "changed");
        rows.add(List.of("x", "y"));

        assertThat(table.headers()).containsExactly("a", "b");
        assertThat(table.rows()).containsExactly(List.of("1", ""));
    }
}
