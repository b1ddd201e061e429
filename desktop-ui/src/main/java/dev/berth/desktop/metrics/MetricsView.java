package dev.berth.desktop.metrics;

import dev.berth.core.model.MetricPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/** CPU and memory line charts over 1h/3h/12h/24h with each deployment marked by a dashed line. */
public final class MetricsView extends VBox {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final MetricsViewModel vm;
    private final MarkedChart cpuChart = new MarkedChart("CPU %");
    private final MarkedChart memChart = new MarkedChart("Memory %");

    public MetricsView(MetricsViewModel vm) {
        this.vm = vm;
        setId("metrics");
        getStyleClass().add("metrics-view");
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 0, 8));
        for (Duration d : MetricsViewModel.WINDOWS) {
            ToggleButton b = new ToggleButton(d.toHours() + "h");
            b.setId("window-" + d.toHours() + "h");
            b.setToggleGroup(group);
            b.setUserData(d);
            b.setSelected(d.equals(vm.windowProperty().get()));
            b.getStyleClass().add("small");
            bar.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                group.selectToggle(a);
            } else {
                vm.windowProperty().set((Duration) b.getUserData());
            }
        });
        Label note = new Label("dashed lines: deployments started");
        note.getStyleClass().add("muted-text");
        Label problem = new Label();
        problem.getStyleClass().add("tone-warn");
        problem.textProperty().bind(vm.problemProperty());
        Label source = new Label();
        source.setId("metrics-source");
        source.getStyleClass().add("muted-text");
        source.textProperty().bind(vm.sourceProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar.getChildren().addAll(new Label("   "), note, problem, grow, source);

        memChart.getStyleClass().add("memory");
        HBox charts = new HBox(8, cpuChart, memChart);
        HBox.setHgrow(cpuChart, Priority.ALWAYS);
        HBox.setHgrow(memChart, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(bar, charts);

        vm.cpuProperty().addListener((o, a, b) -> redraw());
        vm.memoryProperty().addListener((o, a, b) -> redraw());
        vm.deployments().addListener((javafx.collections.ListChangeListener<Instant>) c -> redraw());
        vm.windowProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private void redraw() {
        Instant now = Instant.now();
        Instant from = now.minus(vm.windowProperty().get());
        List<Instant> marks = vm.deploymentsIn(now);
        cpuChart.show(vm.cpuProperty().get(), marks, from, now);
        memChart.show(vm.memoryProperty().get(), marks, from, now);
    }

    /** A line chart over epoch seconds with vertical markers drawn in its plot area. */
    static final class MarkedChart extends LineChart<Number, Number> {
        private final ObservableList<Line> markerLines = FXCollections.observableArrayList();
        private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
        private List<Instant> marks = List.of();

        MarkedChart(String title) {
            super(new NumberAxis(), new NumberAxis(0, 100, 25));
            setTitle(title);
            setCreateSymbols(false);
            setLegendVisible(false);
            setAnimated(false);
            getStyleClass().add("metric-chart");
            NumberAxis x = (NumberAxis) getXAxis();
            x.setAutoRanging(false);
            x.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number n) {
                    return HOURS.format(Instant.ofEpochSecond(n.longValue()));
                }

                @Override
                public Number fromString(String s) {
                    return 0;
                }
            });
            getYAxis().setAutoRanging(false);
            getData().add(series);
            setMinSize(200, 160);
        }

        void show(List<MetricPoint> points, List<Instant> marks, Instant from, Instant to) {
            NumberAxis x = (NumberAxis) getXAxis();
            x.setLowerBound(from.getEpochSecond());
            x.setUpperBound(to.getEpochSecond());
            x.setTickUnit(Math.max(60, (to.getEpochSecond() - from.getEpochSecond()) / 6.0));
            List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
            for (MetricPoint p : points) {
                if (!p.at().isBefore(from)) {
                    data.add(new XYChart.Data<>(p.at().getEpochSecond(), p.value()));
                }
            }
            series.getData().setAll(data);
            this.marks = marks;
            getPlotChildren().removeAll(markerLines);
            markerLines.clear();
            for (int i = 0; i < marks.size(); i++) {
                Line l = new Line();
                l.getStyleClass().add("deployment-marker");
                markerLines.add(l);
            }
            getPlotChildren().addAll(markerLines);
            requestChartLayout();
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            NumberAxis x = (NumberAxis) getXAxis();
            double h = getYAxis().getHeight();
            for (int i = 0; i < markerLines.size() && i < marks.size(); i++) {
                double px = x.getDisplayPosition(marks.get(i).getEpochSecond());
                Line l = markerLines.get(i);
                l.setStartX(px);
                l.setEndX(px);
                l.setStartY(0);
                l.setEndY(h);
                l.toFront();
            }
        }
    }
}
