package dev.berth.desktop.palette;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;

/**
 * The command palette: what was typed, the entries it matches (every word in the name or the
 * description), and running the chosen one with the rest of the line as its argument.
 */
public final class PaletteViewModel {
    private final FilteredList<PaletteEntry> matches;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<PaletteEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();

    public PaletteViewModel(List<PaletteEntry> entries) {
        matches = new FilteredList<>(FXCollections.observableArrayList(entries));
        query.addListener((o, a, b) -> {
            String head = head(b);
            matches.setPredicate(e -> head.isEmpty() || matchesHead(e, head));
            selected.set(matches.isEmpty() ? null : matches.get(0));
            error.set(null);
        });
        selected.set(matches.isEmpty() ? null : matches.get(0));
    }

    private static boolean matchesHead(PaletteEntry e, String head) {
        String name = e.name().toLowerCase(Locale.ROOT);
        String h = head.toLowerCase(Locale.ROOT);
        if (h.startsWith(":")) {
            return name.startsWith(h);
        }
        return name.contains(h) || e.description().toLowerCase(Locale.ROOT).contains(h);
    }

    /** The command word: the whole text, or only its first word when it starts with ':'. */
    private static String head(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith(":")) {
            int sp = t.indexOf(' ');
            return sp < 0 ? t : t.substring(0, sp);
        }
        return t;
    }

    private String argument() {
        String t = query.get().strip();
        int sp = t.indexOf(' ');
        return t.startsWith(":") && sp > 0 ? t.substring(sp + 1).strip() : "";
    }

    /** Runs the selected entry; false (and the error line) when it needs an argument that is missing. */
    public boolean runSelected() {
        PaletteEntry e = selected.get();
        if (e == null) {
            error.set("No command matches '" + query.get() + "'");
            return false;
        }
        String arg = argument();
        if (e.takesArgument() && arg.isEmpty()) {
            error.set(e.name() + " needs a value, e.g. " + e.description());
            return false;
        }
        e.action().accept(arg);
        return true;
    }

    public FilteredList<PaletteEntry> matches() {
        return matches;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<PaletteEntry> selectedProperty() {
        return selected;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
