package dev.berth.desktop.fx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The rows of a list or the lines of a log, whose bulk changes are one change each and cost what
 * the backing array's do: several rows replaced (filter, sort, a table's selection model and its
 * cells then see a poll's changed rows once, not once per row: each pass of a 5,000-row table's
 * selection model scans every row), rows appended, a range removed (the oldest of 100,000 log lines),
 * everything replaced. JavaFX's own lists remove and add such ranges one element at a time.
 */
public final class RowList<R> extends ModifiableObservableListBase<R> {
    private final List<R> rows = new ArrayList<>();

    /** Puts {@code next.get(i)} at each index {@code i} of {@code at}, as one change. */
    public void replace(List<Integer> at, List<R> next) {
        beginChange();
        try {
            for (int i : at) {
                set(i, next.get(i));
            }
        } finally {
            endChange();
        }
    }

    /** Replaces every row as one change. */
    @Override
    public boolean setAll(Collection<? extends R> next) {
        if (rows.isEmpty() && next.isEmpty()) {
            return false;
        }
        beginChange();
        try {
            List<R> old = new ArrayList<>(rows);
            rows.clear();
            rows.addAll(next);
            modCount++;
            nextRemove(0, old);
            nextAdd(0, rows.size());
            return true;
        } finally {
            endChange();
        }
    }

    /** Removes a range at once (what {@code clear()} and {@code remove(from, to)} do). */
    @Override
    protected void removeRange(int from, int to) {
        if (from >= to) {
            return;
        }
        beginChange();
        try {
            List<R> range = rows.subList(from, to);
            List<R> gone = new ArrayList<>(range);
            range.clear();
            modCount++;
            nextRemove(from, gone);
        } finally {
            endChange();
        }
    }

    /** Appends rows as one change. */
    @Override
    public boolean addAll(Collection<? extends R> more) {
        if (more.isEmpty()) {
            return false;
        }
        beginChange();
        try {
            int from = rows.size();
            rows.addAll(more);
            modCount++;
            nextAdd(from, rows.size());
            return true;
        } finally {
            endChange();
        }
    }

    @Override
    public R get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, R element) {
        rows.add(index, element);
    }

    @Override
    protected R doSet(int index, R element) {
        return rows.set(index, element);
    }

    @Override
    protected R doRemove(int index) {
        return rows.remove(index);
    }
}
