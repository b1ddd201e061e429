package dev.berth.desktop.logs;

import dev.berth.core.model.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A pager over log lines: its position is the index of the top line, like a terminal's, and it
 * holds one row of nodes per line on screen. A {@code ListView} keeps a size per line and walks
 * them on a jump or an append, which stalls the window at 100,000 lines; this view does no work
 * per line it does not show. Arrow keys, page keys, Home/End and the wheel move it; a click selects
 * a line, a double click or Enter opens it.
 */
public final class LogLinesView extends Region {
    /** A line's height when lines do not wrap (the cells' CSS gives them this). */
    static final double ROW_HEIGHT = 20;
    private static final int WHEEL_LINES = 3;

    private final ObservableList<LogLine> lines;
    private final Supplier<LogLineRow> newRow;
    private final List<LogLineRow> rows = new ArrayList<>();
    private final ScrollBar bar = new ScrollBar();
    private final Label placeholder = new Label("No log lines in this window yet");
    private final Rectangle clip = new Rectangle();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final BooleanProperty following = new SimpleBooleanProperty();
    private final BooleanProperty wrap = new SimpleBooleanProperty();
    private Consumer<LogLine> onOpen = line -> { };
    private int top;
    /** Lines that fit on screen at the last layout: the page keys' step. */
    private int page = 1;
    /** Bumped when every row must be drawn again (timestamps, search, wrap). */
    private int generation;
    private boolean movingBar;

    public LogLinesView(ObservableList<LogLine> lines, Supplier<LogLineRow> newRow) {
        this.lines = lines;
        this.newRow = newRow;
        getStyleClass().add("log-lines");
        setFocusTraversable(true);
        setClip(clip);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setFocusTraversable(false);
        bar.setUnitIncrement(1);
        bar.valueProperty().addListener((o, a, b) -> {
            if (!movingBar) {
                scrollTo((int) Math.round(b.doubleValue()));
            }
        });
        placeholder.getStyleClass().add("muted-text");
        getChildren().addAll(placeholder, bar);

        lines.addListener((ListChangeListener<LogLine>) this::linesChanged);
        selected.addListener((o, a, b) -> requestLayout());
        following.addListener((o, a, b) -> requestLayout());
        wrap.addListener((o, a, b) -> refresh());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                scrollBy(e.getDeltaY() > 0 ? -WHEEL_LINES : WHEEL_LINES);
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() != bar && !isInBar(e)) {
                int at = lineAt(e.getY());
                if (at >= 0) {
                    selected.set(at);
                    if (e.getClickCount() == 2) {
                        onOpen.accept(lines.get(at));
                    }
                }
            }
        });
    }

    /** The index of the selected line, -1 for none. */
    public IntegerProperty selectedIndexProperty() {
        return selected;
    }

    public LogLine selectedLine() {
        int i = selected.get();
        return i >= 0 && i < lines.size() ? lines.get(i) : null;
    }

    /** While true, the newest line stays at the bottom; moving up from the end sets it false. */
    public BooleanProperty followingProperty() {
        return following;
    }

    public BooleanProperty wrapProperty() {
        return wrap;
    }

    public ObservableList<LogLine> getItems() {
        return lines;
    }

    /** What a double click or Enter does with a line. */
    public void setOnOpen(Consumer<LogLine> onOpen) {
        this.onOpen = onOpen;
    }

    /** Selects a line and shows it a few lines below the top. */
    public void select(int index) {
        if (index >= 0 && index < lines.size()) {
            selected.set(index);
            scrollTo(Math.max(0, index - 5));
        }
    }

    /** Puts line {@code index} at the top (as far as the lines below it fill the screen). */
    public void scrollTo(int index) {
        int next = Math.max(0, Math.min(index, lines.size() - 1));
        if (following.get() && next < maxTop()) {
            following.set(false);
        }
        if (next != top) {
            top = next;
            requestLayout();
        }
    }

    /** Draws every row again: how lines are shown changed (timestamps, the search). */
    public void refresh() {
        generation++;
        requestLayout();
    }

    private void scrollBy(int delta) {
        scrollTo((following.get() ? maxTop() : top) + delta);
    }

    private int maxTop() {
        return Math.max(0, lines.size() - page);
    }

    private void linesChanged(ListChangeListener.Change<? extends LogLine> c) {
        while (c.next()) {
            if (c.wasRemoved() && !c.wasAdded()) {
                // The oldest lines went at the bound: what is on screen and the selection stay put.
                int gone = c.getRemovedSize();
                top = Math.max(0, top - gone);
                int sel = selected.get();
                selected.set(sel < c.getFrom() ? sel : sel < c.getFrom() + gone ? -1 : sel - gone);
            } else if (c.wasRemoved()) {
                top = 0;
                selected.set(-1);
            }
        }
        requestLayout();
    }

    private void keyPressed(KeyEvent e) {
        int sel = selected.get();
        int last = lines.size() - 1;
        int next = switch (e.getCode()) {
            case UP -> sel < 0 ? top : sel - 1;
            case DOWN -> sel < 0 ? top : sel + 1;
            case PAGE_UP -> (sel < 0 ? top : sel) - page;
            case PAGE_DOWN -> (sel < 0 ? top : sel) + page;
            case HOME -> 0;
            case END -> last;
            default -> Integer.MIN_VALUE;
        };
        if (next != Integer.MIN_VALUE) {
            if (last >= 0) {
                moveSelection(Math.max(0, Math.min(last, next)));
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && selectedLine() != null) {
            onOpen.accept(selectedLine());
            e.consume();
        }
    }

    /** Puts the selected line's message on the clipboard; false when no line is selected. */
    public boolean copySelected() {
        LogLine line = selectedLine();
        if (line == null) {
            return false;
        }
        ClipboardContent text = new ClipboardContent();
        text.putString(line.message());
        Clipboard.getSystemClipboard().setContent(text);
        return true;
    }

    /** Selects a line and scrolls just enough to show it. */
    private void moveSelection(int index) {
        selected.set(index);
        if (index < top) {
            scrollTo(index);
        } else if (index >= top + page) {
            scrollTo(index - page + 1);
        } else if (following.get() && index < lines.size() - 1) {
            following.set(false);
        }
    }

    private boolean isInBar(MouseEvent e) {
        return bar.isVisible() && e.getX() >= bar.getLayoutX();
    }

    private int lineAt(double y) {
        for (LogLineRow row : rows) {
            if (row.isVisible() && y >= row.getLayoutY() && y < row.getLayoutY() + row.getHeight()) {
                return row.index();
            }
        }
        return -1;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        int n = lines.size();
        placeholder.setVisible(n == 0);
        placeholder.resizeRelocate(8, 8, Math.max(0, w - 16), placeholder.prefHeight(-1));
        int fit = Math.max(1, (int) (h / ROW_HEIGHT));
        boolean scrolls = n > fit;
        if (scrolls && bar.getSkin() == null) {
            // Before its first CSS pass a scroll bar has no skin and no width.
            bar.applyCss();
        }
        double barWidth = scrolls ? bar.prefWidth(-1) : 0;
        double rowWidth = Math.max(0, w - barWidth);
        page = fit;
        top = Math.max(0, Math.min(top, n - 1));
        int used = layoutRows(rowWidth, h, fit);
        for (int i = used; i < rows.size(); i++) {
            rows.get(i).setVisible(false);
        }
        bar.setVisible(scrolls);
        if (scrolls) {
            bar.resizeRelocate(w - barWidth, 0, barWidth, h);
            movingBar = true;
            double max = Math.max(1, n - fit);
            bar.setMax(max);
            bar.setVisibleAmount(max * fit / n);
            bar.setBlockIncrement(fit);
            bar.setValue(Math.min(top, max));
            movingBar = false;
        }
    }

    /**
     * Fills the screen from the top line, or up from the newest when following. A line is one row
     * high and cut off at the edge, except when lines wrap and for the selected line, which shows whole
     * (a search hit far to the right of a long JSON line is then on screen).
     */
    private int layoutRows(double width, double height, int fit) {
        int n = lines.size();
        int k = 0;
        if (following.get()) {
            double y = height;
            for (int i = n - 1; i >= 0 && y > 0; i--, k++) {
                y -= place(k, i, width, y, true);
                top = i;
            }
            return k;
        }
        if (!wrap.get()) {
            top = Math.max(0, Math.min(top, n - fit));
        }
        while (true) {
            double y = 0;
            double selectedBottom = 0;
            k = 0;
            for (int i = top; i < n && y < height; i++, k++) {
                y += place(k, i, width, y, false);
                if (i == selected.get()) {
                    selectedBottom = y;
                }
            }
            // A selected line shown whole but cut off at the bottom moves up, as far as it can.
            if (selectedBottom <= height || selected.get() <= top) {
                return k;
            }
            top++;
        }
    }

    /** Shows line {@code index} in row {@code k} at {@code y} (its bottom edge when {@code upward}); returns its height. */
    private double place(int k, int index, double width, double y, boolean upward) {
        LogLineRow row = row(k);
        row.setVisible(true);
        boolean isSelected = index == selected.get();
        boolean whole = wrap.get() || isSelected;
        if (row.show(lines.get(index), index, isSelected, whole, generation)) {
            // Measured before the pulse's CSS pass, new text would be sized in the default font, not the log's.
            row.applyCss();
        }
        double rh = whole ? Math.max(ROW_HEIGHT, row.prefHeight(width)) : ROW_HEIGHT;
        // Cut off, a long line runs on past the edge instead of wrapping over the next.
        double rw = whole ? width : Math.max(width, row.prefWidth(-1));
        row.resizeRelocate(0, upward ? y - rh : y, rw, rh);
        return rh;
    }

    private LogLineRow row(int k) {
        while (rows.size() <= k) {
            LogLineRow row = newRow.get();
            // Unmanaged, a row's new text lays out that row alone, not this view and its parents.
            row.setManaged(false);
            rows.add(row);
            getChildren().add(getChildren().size() - 1, row);
        }
        return rows.get(k);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return ROW_HEIGHT * 10;
    }
}
