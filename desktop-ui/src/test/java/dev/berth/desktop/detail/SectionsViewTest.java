package dev.berth.desktop.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.testing.FxWait;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A poll's new sections change the nodes on screen in place: same section, same labels, same table. */
@ExtendWith(ApplicationExtension.class)
class SectionsViewTest {
    private static final List<Column<String>> TASKS = List.of(Column.text("Task", 120, r -> r));
    private static final List<Column<String>> PORTS = List.of(Column.text("Port", 80, r -> r), Column.text("Protocol", 80, r -> "tcp"));

    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final AtomicReference<String> opened = new AtomicReference<>();
    private SectionsView view;

    @Start
    void start(Stage stage) {
        view = new SectionsView(sections, new SimpleStringProperty(), new SimpleBooleanProperty(false), opened::set);
        stage.setScene(new Scene(view, 700, 600));
        stage.show();
    }

    private static Section service(String running, Tone tone, List<String> tasks, String note) {
        return new Section("service", "Service", tone, List.of(Field.of("Running", running), Field.toned("Desired", "3", Tone.WARN)),
                new SectionTable<>(TASKS, tasks, r -> "task-" + r), note);
    }

    private void show(List<Section> next) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> sections.setAll(next)));
        FxWait.settle();
    }

    private static List<String> texts(FxRobot robot, String query) {
        List<String> out = new ArrayList<>();
        robot.lookup(query).queryAllAs(Label.class).forEach(l -> out.add(l.getText()));
        return out;
    }

    @Test
    void aPollChangesTextsAndRowsInTheNodesAlreadyShownAndKeepsTheSelectedRow(FxRobot robot) {
        show(List.of(service("2", Tone.NEUTRAL, List.of("a", "b", "c"), null)));
        Node box = robot.lookup("#section-service").query();
        Label title = robot.lookup("#section-service .section-title").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        TableView<String> table = robot.lookup("#section-service .table-view").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));

        show(List.of(service("3", Tone.BAD, List.of("a", "d", "c", "e"), "One task is stopping")));

        assertThat((Node) robot.lookup("#section-service").query()).isSameAs(box);
        assertThat(robot.lookup("#section-service .section-title").queryAs(Label.class)).isSameAs(title);
        assertThat(title.getStyleClass()).contains("tone-bad").doesNotContain("tone-neutral");
        assertThat((Object) robot.lookup("#section-service .table-view").queryTableView()).isSameAs(table);
        assertThat(texts(robot, "#section-service .field-value")).containsExactly("3", "3");
        assertThat(table.getItems()).containsExactly("a", "d", "c", "e");
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo("d");
        assertThat(table.getPrefHeight()).as("the table grew to show the fourth row").isGreaterThan(4 * 26);
        assertThat(texts(robot, "#section-service .section-note")).containsExactly("One task is stopping");
        robot.interact(() -> ((Runnable) table.getUserData()).run());
        assertThat(opened.get()).as("Enter opens the task of the row shown now").isEqualTo("task-d");
        robot.interact(() -> {
            TableColumn<String, ?> column = table.getColumns().get(0);
            column.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(column));
            table.getSelectionModel().clearAndSelect(0);
            ((Runnable) table.getUserData()).run();
        });
        assertThat(opened.get()).as("sorted, the top row is the one opened").isEqualTo("task-e");
    }

    @Test
    void sectionsComeAndGoInOrderAndAnotherTargetReusesTheNodesOfTheSameIds(FxRobot robot) {
        show(List.of(service("2", Tone.NEUTRAL, List.of("a"), null), Section.note("alarms", "CloudWatch alarms", "none")));
        Node box = robot.lookup("#section-service").query();

        show(List.of(Section.of("placement", "Placement", Tone.NEUTRAL, List.of(Field.of("Subnets", "2"))),
                new Section("service", "Service", Tone.GOOD, List.of(Field.of("Running", "1")), SectionTable.of(PORTS, List.of("80")), null)));
        assertThat(robot.lookup(".section").queryAll().stream().map(Node::getId).toList())
                .containsExactly("section-placement", "section-service");
        assertThat(texts(robot, "#section-service .field-label")).as("the second field's row is gone").containsExactly("Running");
        TableView<?> ports = robot.lookup("#section-service .table-view").queryTableView();
        assertThat(ports.getColumns().stream().map(c -> c.getText()).toList()).containsExactly("Port", "Protocol");
        assertThat(ports.getUserData()).as("these rows open nothing").isNull();

        // Another target: the tab clears, then the new target's sections arrive.
        show(List.of());
        assertThat(robot.lookup(".section").queryAll()).isEmpty();
        show(List.of(service("5", Tone.NEUTRAL, List.of("x", "y"), null)));
        assertThat((Node) robot.lookup("#section-service").query()).isSameAs(box);
        assertThat(texts(robot, "#section-service .field-value")).containsExactly("5", "3");
        assertThat(List.<Object>copyOf(robot.lookup("#section-service .table-view").queryTableView().getItems())).containsExactly("x", "y");
        assertThat(robot.lookup("#section-service .section-note").tryQuery()).isEmpty();
    }
}
