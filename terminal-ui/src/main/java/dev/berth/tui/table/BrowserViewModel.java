package dev.berth.tui.table;

import dev.berth.core.watch.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The state behind one resource table, without any toolkit: the rows of the last snapshot,
 * the filter ({@code !} inverts), the sort column, the cursor and the window of rows that fits the
 * screen. All methods run on the UI thread. Filter, sort and selection survive refreshes; the
 * selection follows its row by key when rows move.
 */
public final class BrowserViewModel<T> {
    /** How long cells of unchanged rows are reused before ages in them are rendered again. */
    static final long FULL_RENDER_NANOS = 10_000_000_000L;

    private final List<Column<T>> columns;
    private final Function<T, String> key;
    private final Consumer<List<T>> onWindowChanged;

    private Snapshot<List<T>> snapshot = Snapshot.loading();
    private List<RenderedRow<T>> all = List.of();
    private List<RenderedRow<T>> shown = List.of();
    private int[] natural;
    private String filter = "";
    private int sortColumn = -1;
    private boolean descending;
    private int cursor;
    private int top;
    private int height = 10;
    private String selectedKey;
    /** The person put the cursor on a row; until then it stays on the start row as rows arrive and move. */
    private boolean chosen;
    private Predicate<T> preferred = row -> false;
    private RenderedRow<T> marked;
    private List<String> lastWindowKeys = List.of();
    private volatile Map<String, RenderedRow<T>> lastRendered = Map.of();
    /** The values behind {@link #lastRendered}'s rows, and those rows in order. */
    private volatile List<T> lastValues;
    private volatile List<RenderedRow<T>> lastRows;
    private final LongSupplier nanoTime;
    private volatile long lastFullRender;

    /**
     * @param onWindowChanged told the values in the window whenever the set of rows on screen changes
     *                        (the view passes them on to {@code Session.visible})
     */
    public BrowserViewModel(List<Column<T>> columns, Function<T, String> key, Consumer<List<T>> onWindowChanged) {
        this(columns, key, onWindowChanged, System::nanoTime);
    }

    /** @param nanoTime the clock of the periodic full render (tests move it) */
    BrowserViewModel(List<Column<T>> columns, Function<T, String> key, Consumer<List<T>> onWindowChanged, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastFullRender = nanoTime.getAsLong() - FULL_RENDER_NANOS - 1;
        this.columns = List.copyOf(columns);
        this.key = key;
        this.onWindowChanged = onWindowChanged;
        this.natural = new int[columns.size()];
    }

    /** Until the person moves the cursor, it stays on the first row that matches (the current region, say), else the top. */
    public void startOn(Predicate<T> row) {
        preferred = row;
    }

    public List<Column<T>> columns() {
        return columns;
    }

    /** A snapshot with its rows already rendered, so the UI thread only filters, sorts and slices. */
    public record Prepared<T>(Snapshot<List<T>> snapshot, List<RenderedRow<T>> rows) {
    }

    /**
     * Renders a snapshot's rows into cells. Thread-safe and meant to run off the UI thread: for
     * thousands of rows this is the expensive part of a refresh.
     */
    public static <T> Prepared<T> prepare(Snapshot<List<T>> s, List<Column<T>> columns, Function<T, String> key) {
        if (!s.hasValue()) {
            return new Prepared<>(s, null);
        }
        List<RenderedRow<T>> rows = new ArrayList<>(s.value().size());
        for (T v : s.value()) {
            rows.add(RenderedRow.render(v, key.apply(v), columns));
        }
        return new Prepared<>(s, rows);
    }

    /**
     * Like {@link #prepare(Snapshot, List, Function)}, but reuses the cells of rows whose value did
     * not change since the last call: a big cluster's refresh changes a handful of rows. Every
     * {@link #FULL_RENDER_NANOS} everything is rendered again so ages ("3m") move on. The same
     * list as last time (a source that re-sends an unchanged list as itself) gets the same rows
     * back without a look at them. Calls must not overlap (the panel prepares on one worker at a time).
     */
    public Prepared<T> prepare(Snapshot<List<T>> s) {
        if (!s.hasValue()) {
            return new Prepared<>(s, null);
        }
        long now = nanoTime.getAsLong();
        boolean full = now - lastFullRender > FULL_RENDER_NANOS;
        if (!full && s.value() == lastValues) {
            return new Prepared<>(s, lastRows);
        }
        Map<String, RenderedRow<T>> previous = lastRendered;
        Map<String, RenderedRow<T>> byKey = new HashMap<>(s.value().size() * 2);
        List<RenderedRow<T>> rows = new ArrayList<>(s.value().size());
        for (T v : s.value()) {
            String k = key.apply(v);
            RenderedRow<T> old = previous.get(k);
            RenderedRow<T> row;
            if (!full && old != null && old.value().equals(v)) {
                row = old;
            } else {
                // Rendered again, but the old row kept when nothing in it moved: the screen then needs no redraw.
                RenderedRow<T> fresh = RenderedRow.render(v, k, columns);
                row = fresh.equals(old) ? old : fresh;
            }
            rows.add(row);
            byKey.put(k, row);
        }
        if (full) {
            lastFullRender = now;
        }
        lastRendered = byKey;
        lastValues = s.value();
        lastRows = rows;
        return new Prepared<>(s, rows);
    }

    /** Takes a new snapshot; a snapshot without a value (first poll failed) keeps the old rows. */
    public void apply(Snapshot<List<T>> s) {
        apply(prepare(s));
    }

    /** Takes prepared rows; the same rows as before (nothing changed) keep the filtered, sorted list too. */
    public void apply(Prepared<T> p) {
        snapshot = p.snapshot();
        if (p.rows() != null && p.rows() != all) {
            all = p.rows();
            recompute();
        }
    }

    public Snapshot<List<T>> snapshot() {
        return snapshot;
    }

    public void setFilter(String text) {
        filter = text == null ? "" : text.strip();
        recompute();
    }

    public String filter() {
        return filter;
    }

    /** Sorts by the next column (then back to the source order after the last). */
    public void sortNext() {
        sortColumn = sortColumn + 1 >= columns.size() ? -1 : sortColumn + 1;
        descending = false;
        recompute();
    }

    public void reverse() {
        if (sortColumn < 0) {
            sortColumn = 0;
        } else {
            descending = !descending;
        }
        recompute();
    }

    public void sortBy(int column, boolean desc) {
        sortColumn = column;
        descending = desc;
        recompute();
    }

    public int sortColumn() {
        return sortColumn;
    }

    public boolean descending() {
        return descending;
    }

    public void move(int delta) {
        setCursor(cursor + delta);
    }

    public void pageDown() {
        move(Math.max(1, height - 1));
    }

    public void pageUp() {
        move(-Math.max(1, height - 1));
    }

    public void home() {
        setCursor(0);
    }

    public void end() {
        setCursor(shown.size() - 1);
    }

    /** Rows the table can show (the view says so on every layout). */
    public void setHeight(int rows) {
        int h = Math.max(1, rows);
        if (h != height) {
            height = h;
            scrollToCursor();
            windowChanged();
        }
    }

    public int height() {
        return height;
    }

    /** The rows on screen, at most {@link #height()}. */
    public List<RenderedRow<T>> window() {
        return shown.subList(top, Math.min(shown.size(), top + height));
    }

    /** Index of the selected row inside {@link #window()}, or -1 when the list is empty. */
    public int cursorInWindow() {
        return shown.isEmpty() ? -1 : cursor - top;
    }

    public int cursor() {
        return cursor;
    }

    public T selected() {
        return shown.isEmpty() ? null : shown.get(cursor).value();
    }

    /** Makes the row with this key the selection, if it is shown. */
    public void select(String rowKey) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(rowKey)) {
                setCursor(i);
                return;
            }
        }
    }

    /** Marks the selected row (or unmarks it when it is the marked one), e.g. to diff two revisions. */
    public void toggleMark() {
        if (shown.isEmpty()) {
            return;
        }
        RenderedRow<T> row = shown.get(cursor);
        marked = marked != null && marked.key().equals(row.key()) ? null : row;
    }

    /** The marked row's value, or null. */
    public T marked() {
        return marked == null ? null : marked.value();
    }

    public int shownCount() {
        return shown.size();
    }

    public int totalCount() {
        return all.size();
    }

    /** Column widths for the given screen width (0 for columns that do not fit). */
    public int[] widths(int width) {
        return ColumnLayout.fit(columns, natural, width);
    }

    /** "12 of 340 · filter web · sorted by NAME ↓": what the title bar says about the list. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(shown.size() == all.size() ? all.size() + "" : shown.size() + " of " + all.size());
        if (!filter.isEmpty()) {
            s.append(" · filter ").append(filter);
        }
        if (marked != null) {
            s.append(" · marked ").append(marked.cells().get(0).text());
        }
        if (sortColumn >= 0) {
            s.append(" · by ").append(columns.get(sortColumn).title()).append(descending ? " ↓" : " ↑");
        }
        return s.toString();
    }

    /** The data age for the header, in 5-second steps under a minute (each change costs a redraw). */
    public String ageText(Instant now) {
        if (snapshot.fetchedAt() == null) {
            return snapshot.problem() == null ? "loading" : "no data";
        }
        return dev.berth.tui.ui.Text.coarseAge(snapshot.age(now));
    }

    private void setCursor(int c) {
        chosen = true;
        cursor = Math.max(0, Math.min(c, shown.size() - 1));
        selectedKey = shown.isEmpty() ? selectedKey : shown.get(cursor).key();
        scrollToCursor();
        windowChanged();
    }

    private void scrollToCursor() {
        if (cursor < top) {
            top = cursor;
        } else if (cursor >= top + height) {
            top = cursor - height + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, shown.size() - height)));
    }

    private void recompute() {
        List<RenderedRow<T>> rows = filtered();
        if (sortColumn >= 0 && sortColumn < columns.size()) {
            Comparator<RenderedRow<T>> cmp = comparator(sortColumn);
            rows.sort(descending ? cmp.reversed() : cmp);
        }
        shown = Collections.unmodifiableList(rows);
        natural = new int[columns.size()];
        for (RenderedRow<T> r : shown) {
            for (int i = 0; i < natural.length; i++) {
                natural[i] = Math.max(natural[i], r.cells().get(i).text().length());
            }
        }
        int index = -1;
        for (int i = 0; i < shown.size(); i++) {
            RenderedRow<T> row = shown.get(i);
            if (chosen ? row.key().equals(selectedKey) : preferred.test(row.value())) {
                index = i;
                break;
            }
        }
        cursor = index >= 0 ? index : chosen ? Math.max(0, Math.min(cursor, shown.size() - 1)) : 0;
        if (!shown.isEmpty()) {
            selectedKey = shown.get(cursor).key();
        }
        scrollToCursor();
        windowChanged();
    }

    private List<RenderedRow<T>> filtered() {
        if (filter.isEmpty() || filter.equals("!")) {
            return new ArrayList<>(all);
        }
        boolean invert = filter.startsWith("!");
        String needle = (invert ? filter.substring(1) : filter).toLowerCase(Locale.ROOT);
        List<RenderedRow<T>> out = new ArrayList<>();
        for (RenderedRow<T> r : all) {
            if (r.haystack().contains(needle) != invert) {
                out.add(r);
            }
        }
        return out;
    }

    private Comparator<RenderedRow<T>> comparator(int col) {
        Comparator<T> order = columns.get(col).order();
        Comparator<RenderedRow<T>> primary = order != null
                ? (a, b) -> order.compare(a.value(), b.value())
                : (a, b) -> compareText(a.cells().get(col).text(), b.cells().get(col).text());
        return primary.thenComparing(RenderedRow::key);
    }

    /** Numbers as numbers ("9" before "10"), everything else case-insensitively. */
    static int compareText(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        if (x != null) {
            return -1;
        }
        if (y != null) {
            return 1;
        }
        return a.compareToIgnoreCase(b);
    }

    private static Double number(String s) {
        String t = s.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '-')) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void windowChanged() {
        List<RenderedRow<T>> w = window();
        List<String> keys = new ArrayList<>(w.size());
        for (RenderedRow<T> r : w) {
            keys.add(r.key());
        }
        if (!Objects.equals(keys, lastWindowKeys)) {
            lastWindowKeys = keys;
            List<T> values = new ArrayList<>(w.size());
            for (RenderedRow<T> r : w) {
                values.add(r.value());
            }
            onWindowChanged.accept(values);
        }
    }
}
