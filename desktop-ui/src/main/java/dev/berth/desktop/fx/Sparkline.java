package dev.berth.desktop.fx;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A small line for a table cell, scaled to its own range (at least 10 points of percent, so noise
 * stays flat) and coloured by the latest value. Drawn on a canvas: thousands of rows scroll past,
 * and a chart per cell would cost far more than a few strokes.
 */
public final class Sparkline extends Region {
    private final Canvas canvas = new Canvas();
    private List<Double> values = List.of();

    public Sparkline() {
        getStyleClass().add("sparkline");
        getChildren().add(canvas);
        setMinHeight(14);
        setPrefHeight(16);
    }

    public void setValues(List<Double> v) {
        List<Double> next = v == null ? List.of() : v;
        // A recycled cell is updated on every poll of its list: redraw only what changed.
        if (!next.equals(values)) {
            values = next;
            draw();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (values.size() < 2 || w < 4 || h < 4) {
            return;
        }
        double last = values.get(values.size() - 1);
        g.setStroke(last >= 85 ? javafx.scene.paint.Color.web("#cf222e")
                : last >= 70 ? javafx.scene.paint.Color.web("#bf8700") : javafx.scene.paint.Color.web("#0969da"));
        g.setLineWidth(1.3);
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(100);
        if (hi - lo < 10) {
            double mid = (hi + lo) / 2;
            lo = mid - 5;
            hi = mid + 5;
        }
        g.beginPath();
        double step = (w - 2) / (values.size() - 1);
        for (int i = 0; i < values.size(); i++) {
            double x = 1 + i * step;
            double y = h - 1 - (values.get(i) - lo) / (hi - lo) * (h - 2);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }
}
