package dev.berth.desktop.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.logs.LogQuery;
import dev.berth.core.model.LogLine;
import dev.berth.core.model.Severity;
import dev.berth.desktop.fx.RowList;
import dev.berth.desktop.testing.FakeSession;
import dev.berth.desktop.testing.Fixtures;
import dev.berth.desktop.testing.FxWait;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The log pager: rows only for the lines on screen, a position that survives trimming, keys and following. */
@ExtendWith(ApplicationExtension.class)
class LogLinesViewTest {
    private final RowList<LogLine> lines = new RowList<>();
    private final AtomicReference<LogLine> opened = new AtomicReference<>();
    private LogsViewModel vm;
    private LogLinesView view;

    @Start
    void start(Stage stage) {
        vm = new LogsViewModel(FakeSession.sandbox(), Schedulers.trampoline(), Schedulers.trampoline());
        view = new LogLinesView(lines, () -> new LogLineRow(vm));
        view.setOnOpen(opened::set);
        view.wrapProperty().bind(vm.wrapProperty());
        vm.follow(LogQuery.service("prod", "web"));
        // 10 rows of 20 px, in the app's log font.
        Scene scene = new Scene(view, 600, 200);
        scene.getStylesheets().add(LogsView.class.getResource("/dev/berth/desktop/berth.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static List<LogLine> numbered(int from, int count) {
        List<LogLine> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(Fixtures.line(1_000L + i, null, "line " + i, Severity.INFO));
        }
        return out;
    }

    private static List<String> shown(FxRobot robot) {
        return robot.lookup(".log-line").match(Node::isVisible).lookup(".log-text").queryAllAs(Text.class).stream()
                .sorted(java.util.Comparator.comparingDouble(t -> t.localToScene(0, 0).getY())).map(Text::getText).toList();
    }

    private void add(FxRobot robot, List<LogLine> more) {
        robot.interact(() -> lines.addAll(more));
        FxWait.settle();
    }

    @Test
    void followingShowsTheNewestLinesWithRowsOnlyForTheScreen(FxRobot robot) {
        robot.interact(() -> view.followingProperty().set(true));
        add(robot, numbered(0, 100_000));
        assertThat(shown(robot)).hasSize(10).endsWith("line 99999").startsWith("line 99990");
        assertThat(robot.lookup(".log-line").queryAll()).as("one row per line on screen, plus a part row").hasSizeLessThanOrEqualTo(11);
        add(robot, numbered(100_000, 5));
        assertThat(shown(robot)).endsWith("line 100004");
    }

    @Test
    void aJumpKeepsItsLinesWhenTheOldestAreTrimmed(FxRobot robot) {
        add(robot, numbered(0, 1_000));
        robot.interact(() -> view.select(500));
        FxWait.settle();
        assertThat(shown(robot)).startsWith("line 495").contains("line 500");
        assertThat(view.selectedLine().message()).isEqualTo("line 500");
        robot.interact(() -> {
            lines.remove(0, 100);
            lines.addAll(numbered(1_000, 100));
        });
        FxWait.settle();
        assertThat(shown(robot)).as("the same lines stay on screen").startsWith("line 495");
        assertThat(view.selectedLine().message()).isEqualTo("line 500");
        robot.interact(() -> lines.remove(0, 450));
        FxWait.settle();
        assertThat(view.selectedIndexProperty().get()).as("a trimmed selection is gone").isEqualTo(-1);
    }

    @Test
    void keysMoveTheSelectionAndMovingUpStopsFollowing(FxRobot robot) {
        robot.interact(() -> view.followingProperty().set(true));
        add(robot, numbered(0, 50));
        robot.interact(view::requestFocus);
        robot.type(KeyCode.END);
        assertThat(view.selectedLine().message()).isEqualTo("line 49");
        assertThat(view.followingProperty().get()).as("the newest line keeps following").isTrue();
        robot.type(KeyCode.PAGE_UP);
        FxWait.settle();
        assertThat(view.selectedLine().message()).isEqualTo("line 39");
        assertThat(view.followingProperty().get()).isFalse();
        assertThat(shown(robot)).contains("line 39");
        robot.type(KeyCode.HOME);
        FxWait.settle();
        assertThat(shown(robot)).startsWith("line 0");
        robot.type(KeyCode.DOWN, 2);
        robot.type(KeyCode.ENTER);
        assertThat(opened.get().message()).isEqualTo("line 2");
        add(robot, numbered(50, 10));
        assertThat(shown(robot)).as("paused, new lines do not move the screen").startsWith("line 0");
    }

    @Test
    void unwrappedALongLineStaysOneRowHighAndTheScrollBarShows(FxRobot robot) {
        robot.interact(() -> view.followingProperty().set(true));
        List<LogLine> more = new ArrayList<>(numbered(0, 20));
        more.add(Fixtures.line(5_000L, null, "long ".repeat(400), Severity.INFO));
        add(robot, more);
        Text last = robot.lookup(".log-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().startsWith("long")).findFirst().orElseThrow();
        assertThat(last.getBoundsInLocal().getHeight()).isLessThan(LogLinesView.ROW_HEIGHT);
        assertThat(shown(robot)).hasSize(10).startsWith("line 11");
        javafx.scene.control.ScrollBar bar = robot.lookup(".scroll-bar").queryAs(javafx.scene.control.ScrollBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getWidth()).isGreaterThan(4);
    }

    @Test
    void theSelectedLineShowsWholeSoAHitFarRightIsOnScreen(FxRobot robot) {
        List<LogLine> more = new ArrayList<>(numbered(0, 30));
        String json = "{\"level\":\"WARN\",\"logger\":\"" + "x".repeat(300) + "\",\"message\":\"Retrying call\"}\nat stack";
        more.set(3, Fixtures.line(5_000L, null, json, Severity.WARN));
        add(robot, more);
        robot.interact(() -> view.select(3));
        FxWait.settle();
        Text whole = robot.lookup(".log-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().startsWith("{")).findFirst().orElseThrow();
        assertThat(whole.getText()).isEqualTo(json);
        javafx.geometry.Bounds row = whole.getParent().getParent().getBoundsInParent();
        assertThat(row.getHeight()).isGreaterThan(LogLinesView.ROW_HEIGHT * 2);
        assertThat(row.getMaxX()).as("wrapped within the view").isLessThanOrEqualTo(600);
        assertThat(shown(robot)).contains("line 4");

        robot.interact(() -> view.select(4));
        FxWait.settle();
        assertThat(whole.getText()).as("unselected, it is one row again").endsWith(" ⏎");
        assertThat(whole.getParent().getParent().getBoundsInParent().getHeight()).isEqualTo(LogLinesView.ROW_HEIGHT);
    }

    @Test
    void wrappedLinesTakeTheHeightTheyNeed(FxRobot robot) {
        robot.interact(() -> {
            vm.wrapProperty().set(true);
            view.followingProperty().set(true);
        });
        List<LogLine> more = new ArrayList<>(numbered(0, 20));
        more.add(Fixtures.line(5_000L, null, "first\nsecond\nthird", Severity.INFO));
        add(robot, more);
        Text last = robot.lookup(".log-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().startsWith("first")).findFirst().orElseThrow();
        assertThat(last.getText()).isEqualTo("first\nsecond\nthird");
        assertThat(last.getParent().getParent().getBoundsInParent().getMaxY()).as("the newest line ends at the bottom")
                .isCloseTo(200, org.assertj.core.data.Offset.offset(1.0));
        assertThat(last.getParent().getParent().getBoundsInParent().getHeight()).isGreaterThan(LogLinesView.ROW_HEIGHT * 2);
    }
}
