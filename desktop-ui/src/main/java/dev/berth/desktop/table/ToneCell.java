package dev.berth.desktop.table;

import dev.berth.desktop.fx.Tone;
import javafx.scene.control.TableCell;

/** A table cell showing its column's text for the row, coloured by the column's tone. */
public final class ToneCell<R> extends TableCell<R, R> {
    private final Column<R> column;

    public ToneCell(Column<R> column) {
        this.column = column;
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            Tone.apply(this, Tone.NEUTRAL);
            setText(null);
            return;
        }
        setText(column.text().apply(row));
        Tone.apply(this, column.tone().apply(row));
    }
}
