package dev.berth.desktop.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RowListTest {
    private final RowList<String> rows = new RowList<>();
    private final List<String> changes = new ArrayList<>();

    private void record() {
        rows.addListener((ListChangeListener<String>) c -> {
            StringBuilder s = new StringBuilder();
            while (c.next()) {
                s.append(c.wasReplaced() ? "replace" : c.wasRemoved() ? "remove" : c.wasAdded() ? "add" : "other")
                        .append(' ').append(c.getFrom()).append("..").append(c.getTo())
                        .append(" -").append(c.getRemovedSize()).append(" +").append(c.getAddedSize()).append(';');
            }
            changes.add(s.toString());
        });
    }

    private static List<String> names(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void setAllIsOneReplaceOfEveryRow() {
        rows.setAll(names("a", 5_000));
        record();
        rows.setAll(names("b", 4_000));
        assertThat(changes).containsExactly("replace 0..4000 -5000 +4000;");
        assertThat(rows).containsExactlyElementsOf(names("b", 4_000));
    }

    @Test
    void clearIsOneRemoval() {
        rows.setAll(names("a", 5_000));
        record();
        rows.clear();
        assertThat(changes).containsExactly("remove 0..0 -5000 +0;");
        assertThat(rows).isEmpty();
    }

    @Test
    void theOldestLinesOfAFullBufferGoInOneChangeAndNewOnesComeInAnother() {
        rows.setAll(names("a", 100_000));
        record();
        rows.remove(0, 100);
        rows.addAll(names("b", 100));
        assertThat(changes).containsExactly("remove 0..0 -100 +0;", "add 99900..100000 -0 +100;");
        assertThat(rows).hasSize(100_000);
        assertThat(rows.get(0)).isEqualTo("a100");
        assertThat(rows.get(99_999)).isEqualTo("b99");
    }

    @Test
    void severalRowsAreReplacedInOneChange() {
        rows.setAll(names("a", 10));
        record();
        List<String> next = new ArrayList<>(names("a", 10));
        next.set(2, "x");
        next.set(7, "y");
        rows.replace(List.of(2, 7), next);
        assertThat(changes).containsExactly("replace 2..3 -1 +1;replace 7..8 -1 +1;");
        assertThat(rows).containsExactlyElementsOf(next);
    }
}
