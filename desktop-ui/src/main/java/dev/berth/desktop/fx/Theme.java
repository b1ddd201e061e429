package dev.berth.desktop.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light or dark AtlantaFX Primer, following the desktop's preference unless told otherwise
 * ({@code --theme light|dark}). JavaFX 21 cannot ask the platform, so "system" reads what GNOME and
 * GTK_THEME say, and falls back to light.
 */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    public static Theme parse(String s) {
        return s == null ? SYSTEM : valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** config.yaml's {@code theme:} (auto, light, dark). */
    public static Theme of(dev.berth.core.config.Theme configured) {
        return switch (configured) {
            case AUTO -> SYSTEM;
            case LIGHT -> LIGHT;
            case DARK -> DARK;
        };
    }

    /** The concrete theme: SYSTEM resolved to LIGHT or DARK. */
    public Theme resolve() {
        if (this != SYSTEM) {
            return this;
        }
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null) {
            return gtk.toLowerCase(Locale.ROOT).contains("dark") ? DARK : LIGHT;
        }
        return gnomePrefersDark() ? DARK : LIGHT;
    }

    private static boolean gnomePrefersDark() {
        try {
            Process p = new ProcessBuilder("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
                p.destroy();
                return false;
            }
            return new String(p.getInputStream().readAllBytes()).contains("dark");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sets the user-agent stylesheet for the whole app and adds Berth's own on top of a scene. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(resolve() == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource("/dev/berth/desktop/berth.css").toExternalForm());
    }
}
