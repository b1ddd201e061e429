package dev.berth.desktop.detail;

import dev.berth.core.keymap.Command;
import dev.berth.core.keymap.Scope;
import dev.berth.core.model.Task;
import dev.berth.desktop.fx.CommandTarget;
import dev.berth.desktop.logs.LogsView;
import dev.berth.desktop.metrics.MetricsView;
import dev.berth.desktop.storage.StorageView;
import dev.berth.desktop.table.ResourceTable;
import dev.berth.desktop.taskdefs.RevisionDiffView;
import dev.berth.desktop.timeline.TimelineView;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The detail area: a title and the selected resource's tabs, each built when first shown. It stays
 * while the selection moves between resources of one kind: its model follows the new one.
 */
public final class DetailView extends VBox {
    private final DetailViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Map<DetailTab, Tab> byKind = new EnumMap<>(DetailTab.class);
    private boolean syncing;

    public DetailView(DetailViewModel vm) {
        this.vm = vm;
        setId("detail");
        getStyleClass().add("detail-view");
        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add("title-4");
        title.textProperty().bind(vm.titleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("tone-warn");
        problem.textProperty().bind(vm.problemProperty());
        HBox head = new HBox(12, title, problem);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(6, 10, 2, 10));

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("detail-tabs");
        for (DetailTab t : vm.tabs()) {
            Tab tab = new Tab(t.title());
            tab.setId("tab-" + t.name().toLowerCase(java.util.Locale.ROOT));
            tab.setUserData(t);
            byKind.put(t, tab);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !syncing) {
                vm.tabProperty().set((DetailTab) b.getUserData());
            }
            fill(b);
        });
        vm.tabProperty().addListener((o, a, b) -> select(b));
        select(vm.tabProperty().get());
        fill(tabs.getSelectionModel().getSelectedItem());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(head, tabs);
    }

    private void select(DetailTab t) {
        Tab tab = byKind.get(t);
        if (tab != null) {
            syncing = true;
            tabs.getSelectionModel().select(tab);
            syncing = false;
        }
    }

    private void fill(Tab tab) {
        if (tab == null || tab.getContent() != null) {
            return;
        }
        Node content = content((DetailTab) tab.getUserData());
        if (content != null) {
            tab.setContent(content);
        }
    }

    private Node content(DetailTab t) {
        return switch (t) {
            case OVERVIEW -> overview();
            case TASKS -> tasks();
            case EVENTS -> new TimelineView(vm.timeline());
            case LOGS -> new LogsView(vm.logs());
            case METRICS -> new MetricsView(vm.metrics());
            case LOAD_BALANCING -> sections("load-balancing", vm.loadBalancing());
            case DISCOVERY -> sections("discovery", vm.discovery());
            case NETWORK -> sections("network", vm.network());
            case STORAGE -> new StorageView(vm.storage(), vm::openTask);
            case COST -> sections("cost", vm.cost());
            case TASK_DEFINITION -> new RevisionDiffView(vm.revisions());
            case JSON -> json();
        };
    }

    private Node overview() {
        SectionsView sections = new SectionsView(vm.overview(), new SimpleStringProperty(),
                Bindings.isEmpty(vm.overview()), vm::openTask);
        sections.setId("overview");
        VBox.setVgrow(sections, Priority.ALWAYS);
        if (!(vm.target() instanceof Target.ServiceTarget)) {
            return sections;
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("rollout-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(260);
        // -1 means nothing to roll: no bar then (an indeterminate bar would animate forever).
        bar.visibleProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));
        bar.managedProperty().bind(bar.visibleProperty());
        Label text = new Label();
        text.setId("rollout-text");
        text.textProperty().bind(vm.progressTextProperty());
        HBox rollout = new HBox(10, bar, text);
        rollout.setAlignment(Pos.CENTER_LEFT);
        rollout.setPadding(new Insets(8, 12, 0, 12));
        return new VBox(rollout, sections);
    }

    private Node sections(String id, SectionsViewModel<?> model) {
        SectionsView view = new SectionsView(model, vm::openTask);
        view.setId(id);
        return view;
    }

    private Node tasks() {
        ResourceTable<Task> table = new ResourceTable<>(vm.tasks());
        table.table().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelectedTask();
            }
        });
        return new TasksTab(table);
    }

    private boolean openSelectedTask() {
        Task t = vm.tasks().selectedProperty().get();
        if (t == null) {
            return false;
        }
        vm.openTask(t.id());
        return true;
    }

    /** The Tasks tab: Enter reaches it through the window's keymap and opens the selected task in its list. */
    private final class TasksTab extends StackPane implements CommandTarget {
        TasksTab(ResourceTable<Task> table) {
            super(table);
        }

        @Override
        public Scope scope() {
            return Scope.LIST;
        }

        @Override
        public boolean handle(Command command) {
            return command == Command.OPEN && openSelectedTask();
        }
    }

    private Node json() {
        TextArea text = new TextArea();
        text.setId("json");
        text.setEditable(false);
        text.getStyleClass().add("mono");
        text.textProperty().bind(vm.jsonProperty());
        return text;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Moves the keyboard focus into the shown tab's content. */
    public void focusContent() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getContent() != null) {
            Node n = tab.getContent();
            Node target = n instanceof LogsView l ? l.list() : n;
            target.requestFocus();
        }
    }
}
