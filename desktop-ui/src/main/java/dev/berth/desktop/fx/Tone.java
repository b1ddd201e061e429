package dev.berth.desktop.fx;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * How a value should look: the status colours every list, badge and log line shares. Static
 * labels carry the style class ({@code tone-bad}); recycled cells switch the pseudo-class
 * ({@code :tone-bad}), which restyles a cell without the full CSS pass a style-class change costs.
 */
public enum Tone {
    NEUTRAL, GOOD, INFO, WARN, BAD, MUTED;

    private final PseudoClass pseudoClass = PseudoClass.getPseudoClass("tone-" + name().toLowerCase(Locale.ROOT));

    /** The style class the stylesheet colours, e.g. {@code tone-bad}. */
    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }

    public PseudoClass pseudoClass() {
        return pseudoClass;
    }

    /** Puts a recycled cell in this tone (and out of every other). */
    public static void apply(Node cell, Tone tone) {
        for (Tone t : values()) {
            cell.pseudoClassStateChanged(t.pseudoClass, t == tone);
        }
    }

    /** The most alarming of these tones (BAD over WARN over INFO); GOOD when all are good; else NEUTRAL. */
    public static Tone worst(Collection<Tone> tones) {
        for (Tone t : List.of(BAD, WARN, INFO)) {
            if (tones.contains(t)) {
                return t;
            }
        }
        return !tones.isEmpty() && tones.stream().allMatch(t -> t == GOOD) ? GOOD : NEUTRAL;
    }
}
