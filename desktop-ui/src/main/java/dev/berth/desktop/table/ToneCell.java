package dev.berth.desktop.table;

import dev.berth.desktop.fx.Tone;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;

/**
 * A table cell showing its column's text for the row, coloured by the column's tone. Text cut off
 * by a narrow column (an ARN, a DNS name), or standing for more than it shows (a short task id),
 * shows whole in a tooltip; whether it is cut off is looked at when the pointer comes, not on every
 * update of a recycled cell.
 */
public final class ToneCell<R> extends TableCell<R, R> {
    private final Column<R> column;
    private Tooltip tooltip;

    public ToneCell(Column<R> column) {
        this.column = column;
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> updateTooltip());
    }

    /** A table column of these cells for a column spec (which it keeps as its user data, for Copy). */
    public static <R> TableColumn<R, R> tableColumn(Column<R> c) {
        TableColumn<R, R> col = new TableColumn<>(c.title());
        col.setPrefWidth(c.width());
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        col.setComparator(c.order());
        col.setCellFactory(x -> new ToneCell<>(c));
        col.setUserData(c);
        return col;
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            Tone.apply(this, Tone.NEUTRAL);
            setText(null);
        } else {
            setText(column.text().apply(row));
            Tone.apply(this, column.tone().apply(row));
        }
        if (getTooltip() != null) {
            updateTooltip();
        }
    }

    private void updateTooltip() {
        R row = getItem();
        String whole = isEmpty() || row == null ? null : column.whole().apply(row);
        if (whole == null || whole.isEmpty() || (whole.equals(getText()) && !cutOff())) {
            setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
        }
        tooltip.setText(whole);
        setTooltip(tooltip);
    }

    /** True when the skin shows less than the text (it ends in an ellipsis). */
    private boolean cutOff() {
        return lookup(".text") instanceof Text shown && getText() != null && !getText().equals(shown.getText());
    }
}
