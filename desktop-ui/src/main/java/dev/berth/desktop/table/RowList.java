package dev.berth.desktop.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The rows of a list, which can replace several rows in one change: filter, sort, the table, its
 * selection model and its cells then handle a poll's changed rows once, not once per row (each pass
 * of a 5,000-row table's selection model scans every row).
 */
final class RowList<R> extends ModifiableObservableListBase<R> {
    private final List<R> rows = new ArrayList<>();

    /** Puts {@code next.get(i)} at each index {@code i} of {@code at}, as one change. */
    void replace(List<Integer> at, List<R> next) {
        beginChange();
        try {
            for (int i : at) {
                set(i, next.get(i));
            }
        } finally {
            endChange();
        }
    }

    /** Replaces every row as one change; the base class would remove the old rows one at a time. */
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

    /** Removes a range at once (what {@code clear()} does); the base class would remove row after row. */
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
