package dev.berth.desktop.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.watch.Problem;
import dev.berth.core.watch.Snapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceListViewModelTest {
    record Row(String name, String status) {
    }

    private final ResourceListViewModel<Row> vm = new ResourceListViewModel<>("Rows",
            List.of(Column.text("Name", 100, Row::name)), Row::name, r -> r.name() + " " + r.status());

    @Test
    void filterKeepsRowsContainingEveryWordAndBangInverts() {
        vm.accept(Snapshot.of(List.of(new Row("web", "ACTIVE"), new Row("worker", "DRAINING"), new Row("api", "ACTIVE")), Instant.now()));

        vm.filterProperty().set("w active");
        assertThat(vm.filtered()).extracting(Row::name).containsExactly("web");

        vm.filterProperty().set("!active");
        assertThat(vm.filtered()).extracting(Row::name).containsExactly("worker");
        assertThat(vm.countText().get()).isEqualTo("1 of 3");

        vm.filterProperty().set("");
        assertThat(vm.filtered()).hasSize(3);
        assertThat(vm.countText().get()).isEqualTo("3");
    }

    @Test
    void aFailedPollKeepsTheRowsAndShowsTheProblem() {
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        Snapshot<List<Row>> ok = Snapshot.of(List.of(new Row("web", "ACTIVE")), at);
        vm.accept(ok);
        vm.accept(ok.failed(new Problem(Problem.Kind.THROTTLED, "ECS is throttling DescribeServices", at.plusSeconds(30))));

        assertThat(vm.rows()).extracting(Row::name).containsExactly("web");
        assertThat(vm.problemProperty().get()).isEqualTo("ECS is throttling DescribeServices");
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(vm.fetchedAtProperty().get()).isEqualTo(at);
    }

    @Test
    void selectionFollowsTheSameKeyAcrossRefreshes() {
        vm.accept(Snapshot.of(List.of(new Row("web", "ACTIVE"), new Row("api", "ACTIVE")), Instant.now()));
        vm.selectedProperty().set(vm.rows().get(1));

        vm.accept(Snapshot.of(List.of(new Row("web", "ACTIVE"), new Row("api", "DRAINING")), Instant.now()));

        assertThat(vm.selectedProperty().get()).isEqualTo(new Row("api", "DRAINING"));
    }

    @Test
    void sameKeysInTheSameOrderAreReplacedInPlaceNotReset() {
        vm.accept(Snapshot.of(List.of(new Row("web", "ACTIVE"), new Row("api", "ACTIVE")), Instant.now()));
        List<String> changes = new java.util.ArrayList<>();
        vm.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replace@" + c.getFrom() : c.wasAdded() ? "add" : "other");
            }
        });

        vm.accept(Snapshot.of(List.of(new Row("web", "ACTIVE"), new Row("api", "DRAINING")), Instant.now()));

        assertThat(changes).containsExactly("replace@1");
    }

    @Test
    void aFewChangedRowsAreReplacedInOneChangeThatFilterAndSortSeeOnce() {
        List<Row> before = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            before.add(new Row("s" + i, "ACTIVE"));
        }
        vm.accept(Snapshot.of(before, Instant.now()));
        List<Row> after = new java.util.ArrayList<>(before);
        for (int i : List.of(3, 4, 50, 97)) {
            after.set(i, new Row("s" + i, "DRAINING"));
        }
        List<String> rowChanges = new java.util.ArrayList<>();
        vm.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> {
            StringBuilder parts = new StringBuilder();
            while (c.next()) {
                parts.append(c.wasReplaced() ? " replace " + c.getFrom() + ".." + c.getTo() : " other");
            }
            rowChanges.add(parts.toString().strip());
        });
        javafx.collections.transformation.SortedList<Row> sorted = new javafx.collections.transformation.SortedList<>(vm.filtered());
        int[] sortedChanges = {0};
        sorted.addListener((javafx.collections.ListChangeListener<Row>) c -> sortedChanges[0]++);

        vm.accept(Snapshot.of(after, Instant.now()));

        assertThat(rowChanges).containsExactly("replace 3..5 replace 50..51 replace 97..98");
        assertThat(sortedChanges[0]).isEqualTo(1);
        assertThat(sorted).containsExactlyElementsOf(after);
    }

    @Test
    void manyChangedRowsBecomeOneResetAndTheSelectionStays() {
        List<Row> before = new java.util.ArrayList<>();
        List<Row> after = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            before.add(new Row("s" + i, "ACTIVE"));
            after.add(new Row("s" + i, "DRAINING"));
        }
        vm.accept(Snapshot.of(before, Instant.now()));
        vm.selectedProperty().set(vm.rows().get(42));
        int[] changes = {0};
        vm.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> changes[0]++);

        vm.accept(Snapshot.of(after, Instant.now()));

        assertThat(changes[0]).isEqualTo(1);
        assertThat(vm.selectedProperty().get()).isEqualTo(new Row("s42", "DRAINING"));
    }

    @Test
    void selectKeyWaitsForTheRowToArrive() {
        vm.filterProperty().set("zzz");
        vm.selectKey("api");
        assertThat(vm.selectedProperty().get()).isNull();

        vm.accept(Snapshot.of(List.of(new Row("web", "ACTIVE"), new Row("api", "ACTIVE")), Instant.now()));

        assertThat(vm.selectedProperty().get()).isEqualTo(new Row("api", "ACTIVE"));
        assertThat(vm.filterProperty().get()).as("the filter must not hide the row it opened").isEmpty();
    }
}
