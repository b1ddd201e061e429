package dev.berth.tui.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.watch.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BrowserViewModelTest {
    record Row(String name, int count) {
    }

    private final List<List<Row>> windows = new ArrayList<>();
    private final BrowserViewModel<Row> vm = new BrowserViewModel<>(List.of(
            Column.text("NAME", 4, 20, 0, r -> Cell.of(r.name())),
            Column.number("COUNT", 1, r -> Cell.of(r.count()))), Row::name, windows::add);

    private static Snapshot<List<Row>> rows(Row... r) {
        return Snapshot.of(List.of(r), Instant.EPOCH);
    }

    private List<String> shownNames() {
        return vm.window().stream().map(r -> r.value().name()).toList();
    }

    @Test
    void filterMatchesAnyCellAndBangInvertsIt() {
        vm.apply(rows(new Row("web", 2), new Row("worker", 0), new Row("api", 3)));
        vm.setFilter("w");
        assertThat(shownNames()).containsExactly("web", "worker");
        vm.setFilter("!w");
        assertThat(shownNames()).containsExactly("api");
        vm.setFilter("3");
        assertThat(shownNames()).containsExactly("api");
    }

    @Test
    void filterSortAndSelectionSurviveARefresh() {
        vm.apply(rows(new Row("web", 2), new Row("worker", 0), new Row("api", 3), new Row("www", 9)));
        vm.setFilter("w");
        vm.sortBy(1, true);
        vm.select("web");
        vm.apply(rows(new Row("api", 3), new Row("www", 1), new Row("web", 7), new Row("worker", 0), new Row("new", 4)));
        assertThat(shownNames()).containsExactly("web", "new", "www", "worker");
        assertThat(vm.selected().name()).isEqualTo("web");
        assertThat(vm.filter()).isEqualTo("w");
    }

    @Test
    void untilThePersonMovesTheCursorStaysOnTheTopRowAsRowsArriveAbove() {
        vm.sortBy(1, true);
        vm.apply(rows(new Row("late", 1)));
        vm.apply(rows(new Row("late", 1), new Row("worse", 5), new Row("worst", 9)));
        assertThat(vm.selected().name()).as("the most severe, not the first to arrive").isEqualTo("worst");
        vm.move(1);
        vm.apply(rows(new Row("late", 1), new Row("worse", 5), new Row("worst", 9), new Row("new", 7)));
        assertThat(vm.selected().name()).as("a row the person chose follows its key").isEqualTo("worse");
    }

    @Test
    void theStartRowIsWhereTheCursorWaits() {
        vm.startOn(r -> r.name().equals("here"));
        vm.apply(rows(new Row("a", 1), new Row("b", 2)));
        assertThat(vm.selected().name()).isEqualTo("a");
        vm.apply(rows(new Row("a", 1), new Row("here", 2), new Row("b", 3)));
        assertThat(vm.selected().name()).isEqualTo("here");
    }

    @Test
    void numbersSortAsNumbers() {
        vm.apply(rows(new Row("a", 10), new Row("b", 9), new Row("c", 100)));
        vm.sortBy(1, false);
        assertThat(shownNames()).containsExactly("b", "a", "c");
    }

    @Test
    void onlyTheWindowOfRowsIsExposedAndTheCursorScrollsIt() {
        vm.setHeight(10);
        vm.apply(Snapshot.of(IntStream.range(0, 5_000).mapToObj(i -> new Row(String.format("svc-%04d", i), i)).toList(),
                Instant.EPOCH));
        assertThat(vm.window()).hasSize(10);
        vm.pageDown();
        vm.pageDown();
        assertThat(vm.selected().name()).isEqualTo("svc-0018");
        assertThat(vm.window().get(vm.cursorInWindow()).value().name()).isEqualTo("svc-0018");
        vm.end();
        assertThat(shownNames()).last().isEqualTo("svc-4999");
        assertThat(vm.window()).hasSize(10);
    }

    @Test
    void windowListenerHearsOnlyWhenTheRowsOnScreenChange() {
        vm.setHeight(2);
        vm.apply(rows(new Row("a", 1), new Row("b", 2), new Row("c", 3)));
        int before = windows.size();
        vm.move(1);                      // cursor moves inside the window: same rows
        assertThat(windows).hasSize(before);
        vm.move(1);                      // scrolls: c comes on screen
        assertThat(windows).hasSize(before + 1);
        assertThat(windows.get(windows.size() - 1)).extracting(Row::name).containsExactly("b", "c");
    }

    @Test
    void aFailedPollKeepsTheRows() {
        vm.apply(rows(new Row("web", 2)));
        vm.apply(vm.snapshot().failed(new dev.berth.core.watch.Problem(dev.berth.core.watch.Problem.Kind.THROTTLED,
                "Rate exceeded", Instant.EPOCH)));
        assertThat(shownNames()).containsExactly("web");
        assertThat(vm.snapshot().problem().message()).isEqualTo("Rate exceeded");
    }

    @Test
    void unchangedRowsKeepTheirRenderedCellsChangedOnesAreRenderedAgain() {
        var first = vm.prepare(rows(new Row("web", 2), new Row("api", 3)));
        var second = vm.prepare(rows(new Row("web", 2), new Row("api", 4)));
        assertThat(second.rows().get(0)).isSameAs(first.rows().get(0));
        assertThat(second.rows().get(1)).isNotSameAs(first.rows().get(1));
        assertThat(second.rows().get(1).cells().get(1).text()).isEqualTo("4");
    }

    @Test
    void theSameListAgainIsNotLookedAtAgain() {
        List<Row> list = List.of(new Row("web", 2), new Row("api", 3), new Row("worker", 1));
        vm.sortBy(1, false);
        var first = vm.prepare(Snapshot.of(list, Instant.EPOCH));
        vm.apply(first);
        var again = vm.prepare(Snapshot.of(list, Instant.EPOCH.plusSeconds(5)));
        assertThat(again.rows()).as("the rows prepared last time").isSameAs(first.rows());
        vm.apply(again);
        assertThat(shownNames()).containsExactly("worker", "web", "api");
        assertThat(vm.snapshot().fetchedAt()).as("the newer snapshot is kept").isEqualTo(Instant.EPOCH.plusSeconds(5));

        var equalButNew = vm.prepare(rows(new Row("web", 2), new Row("api", 0), new Row("worker", 1)));
        assertThat(equalButNew.rows()).isNotSameAs(first.rows());
        vm.apply(equalButNew);
        assertThat(shownNames()).containsExactly("api", "worker", "web");
    }

    @Test
    void theFullRenderKeepsRowsWhoseCellsDidNotMove() {
        long[] now = {0};
        List<String> suffix = new ArrayList<>(List.of("", ""));
        BrowserViewModel<Row> aging = new BrowserViewModel<>(List.of(
                Column.text("NAME", 4, 20, 0, r -> Cell.of(r.name() + suffix.get(r.count())))), Row::name, w -> { }, () -> now[0]);
        List<Row> list = List.of(new Row("web", 0), new Row("api", 1));
        var first = aging.prepare(Snapshot.of(list, Instant.EPOCH));

        suffix.set(1, " 1m");   // api's age moved on; web's did not
        now[0] += BrowserViewModel.FULL_RENDER_NANOS / 2;
        assertThat(aging.prepare(Snapshot.of(list, Instant.EPOCH)).rows()).as("not due: the same rows")
                .isSameAs(first.rows());
        now[0] += BrowserViewModel.FULL_RENDER_NANOS;
        var full = aging.prepare(Snapshot.of(list, Instant.EPOCH));
        assertThat(full.rows().get(0)).as("web rendered the same: kept").isSameAs(first.rows().get(0));
        assertThat(full.rows().get(1)).isNotSameAs(first.rows().get(1));
        assertThat(full.rows().get(1).cells().get(0).text()).isEqualTo("api 1m");
    }

    @Test
    void markedRowIsRememberedForADiff() {
        vm.apply(rows(new Row("web:3", 3), new Row("web:2", 2)));
        vm.toggleMark();
        vm.move(1);
        assertThat(vm.marked().name()).isEqualTo("web:3");
        assertThat(vm.selected().name()).isEqualTo("web:2");
        assertThat(vm.summary()).contains("marked web:3");
    }
}
