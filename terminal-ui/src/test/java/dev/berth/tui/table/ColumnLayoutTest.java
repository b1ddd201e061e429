package dev.berth.tui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {
    private final List<Column<String>> columns = List.of(
            Column.text("NAME", 8, 40, 0, Cell::of),
            Column.text("STATUS", 7, 12, 1, Cell::of),
            Column.text("AZ", 4, 12, 5, Cell::of),
            Column.text("REASON", 12, 100, 2, Cell::of));

    private static int total(int[] w) {
        int shown = (int) Arrays.stream(w).filter(x -> x > 0).count();
        return Arrays.stream(w).sum() + (shown - 1) * ColumnLayout.GAP;
    }

    @Test
    void wideTerminalsShowEveryColumnAtItsNaturalWidth() {
        int[] w = ColumnLayout.fit(columns, new int[] {20, 7, 10, 60}, 200);
        assertThat(w).containsExactly(20, 7, 10, 60);
    }

    @Test
    void narrowTerminalsDropTheLeastImportantColumnFirstThenShrink() {
        int[] roomy = ColumnLayout.fit(columns, new int[] {20, 7, 10, 60}, 100);
        assertThat(roomy[2]).as("the optional AZ goes before REASON is cut").isZero();
        assertThat(roomy[3]).as("REASON in full").isEqualTo(60);
        int[] squeezed = ColumnLayout.fit(columns, new int[] {30, 7, 10, 60}, 50);
        assertThat(squeezed).as("important columns shrink rather than go").containsExactly(squeezed[0], 7, 0, squeezed[3]);
        assertThat(squeezed[3]).isGreaterThanOrEqualTo(12);
        assertThat(total(squeezed)).isEqualTo(50);
        int[] w = ColumnLayout.fit(columns, new int[] {30, 7, 10, 60}, 35);
        assertThat(w[2]).as("AZ (priority 5) goes first").isZero();
        assertThat(w[0]).isPositive();
        assertThat(w[3]).isGreaterThanOrEqualTo(12);
        assertThat(total(w)).isLessThanOrEqualTo(35);
    }

    @Test
    void priorityZeroColumnsStayEvenWhenNothingFits() {
        int[] w = ColumnLayout.fit(columns, new int[] {30, 7, 10, 60}, 10);
        assertThat(w[0]).isPositive();
        assertThat(w[1]).isZero();
        assertThat(w[2]).isZero();
        assertThat(w[3]).isZero();
    }
}
