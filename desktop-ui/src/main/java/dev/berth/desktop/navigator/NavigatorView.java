package dev.berth.desktop.navigator;

import dev.berth.desktop.app.MainViewModel;
import dev.berth.desktop.app.PageKind;
import dev.berth.desktop.app.PageModel;
import dev.berth.desktop.app.Place;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The navigator: the context, its clusters (each with services, tasks and container instances),
 * task definitions, and triage with a badge counting what is wrong.
 */
public final class NavigatorView extends TreeView<NavItem> {
    private final MainViewModel vm;
    private final Label triageBadge = new Label();
    private boolean syncing;

    public NavigatorView(MainViewModel vm) {
        this.vm = vm;
        setId("navigator");
        getStyleClass().add("navigator");
        setShowRoot(false);
        setRoot(new TreeItem<>(new NavItem("root", null)));
        setPrefWidth(250);
        setMinWidth(200);
        triageBadge.getStyleClass().addAll("badge", "badge-count");
        triageBadge.setId("triage-badge");
        triageBadge.setVisible(false);
        setCellFactory(x -> new NavCell());
        vm.clusters().addListener((ListChangeListener<String>) c -> rebuild());
        vm.header().profileProperty().addListener((o, a, b) -> rebuild());
        vm.header().regionProperty().addListener((o, a, b) -> rebuild());
        ChangeListener<Number> count = (o, a, b) -> showCount(b.intValue());
        vm.triageProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.countProperty().removeListener(count);
            }
            if (b != null) {
                b.countProperty().addListener(count);
                showCount(b.countProperty().get());
            }
        });
        vm.pageProperty().addListener((o, a, b) -> selectPlace(b));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && b.getValue().place() != null) {
                vm.go(b.getValue().place());
            }
        });
        rebuild();
    }

    private void showCount(int n) {
        triageBadge.setVisible(true);
        triageBadge.setText(String.valueOf(n));
        triageBadge.getStyleClass().removeAll("badge-zero");
        if (n == 0) {
            triageBadge.getStyleClass().add("badge-zero");
        }
    }

    private void rebuild() {
        syncing = true;
        try {
            TreeItem<NavItem> context = new TreeItem<>(new NavItem(vm.header().profileProperty().get() + " @ "
                    + vm.header().regionProperty().get(), null));
            context.setExpanded(true);
            for (String c : vm.clusters()) {
                TreeItem<NavItem> cluster = new TreeItem<>(new NavItem(c, new Place(PageKind.SERVICES, c, null)));
                cluster.setExpanded(true);
                cluster.getChildren().add(new TreeItem<>(new NavItem("Tasks", new Place(PageKind.TASKS, c, null))));
                cluster.getChildren().add(new TreeItem<>(new NavItem("Container instances", new Place(PageKind.INSTANCES, c, null))));
                context.getChildren().add(cluster);
            }
            context.getChildren().add(new TreeItem<>(new NavItem("All clusters", Place.of(PageKind.CLUSTERS))));
            context.getChildren().add(new TreeItem<>(new NavItem("Task definitions", Place.of(PageKind.TASKDEFS))));
            getRoot().getChildren().setAll(context, new TreeItem<>(new NavItem("Triage", Place.of(PageKind.TRIAGE))));
        } finally {
            syncing = false;
        }
        selectPlace(vm.pageProperty().get());
    }

    private void selectPlace(PageModel page) {
        if (page == null) {
            return;
        }
        Place p = page.place();
        Place key = p.kind() == PageKind.TASKS && p.service() != null ? new Place(PageKind.SERVICES, p.cluster(), null) : p;
        TreeItem<NavItem> item = find(getRoot(), key);
        syncing = true;
        try {
            if (item == null) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<NavItem> find(TreeItem<NavItem> from, Place p) {
        if (p.equals(from.getValue().place())) {
            return from;
        }
        for (TreeItem<NavItem> c : from.getChildren()) {
            TreeItem<NavItem> hit = find(c, p);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** A node with its icon; the triage node carries the badge. */
    private final class NavCell extends TreeCell<NavItem> {
        @Override
        protected void updateItem(NavItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Place p = item.place();
            Ikon icon = p == null ? Material2AL.ACCOUNT_TREE : switch (p.kind()) {
                case SERVICES -> Material2AL.DNS;
                case TASKS -> Material2MZ.VIEW_LIST;
                case INSTANCES -> Material2MZ.STORAGE;
                case CLUSTERS -> Material2AL.APPS;
                case TASKDEFS -> Material2AL.DESCRIPTION;
                case TRIAGE -> Material2MZ.WARNING;
            };
            if (p != null && p.kind() == PageKind.TRIAGE) {
                Label text = new Label(item.label(), FontIcon.of(icon));
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                HBox box = new HBox(6, text, grow, triageBadge);
                setText(null);
                setGraphic(box);
            } else {
                setText(item.label());
                setGraphic(FontIcon.of(icon));
            }
        }
    }
}
