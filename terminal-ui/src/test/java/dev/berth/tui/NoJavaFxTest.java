package dev.berth.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terminal UI must run on a bastion host with a runtime that has no JavaFX. */
class NoJavaFxTest {
    @Test
    void noJavaFxClassIsOnTheClassPath() {
        for (String name : new String[] {"javafx.application.Application", "javafx.scene.Node", "javafx.stage.Stage",
                "javafx.beans.property.SimpleStringProperty"}) {
            assertThat(loadable(name)).as(name).isFalse();
        }
        assertThat(loadable("com.googlecode.lanterna.gui2.table.Table")).as("the check itself works").isTrue();
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, NoJavaFxTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
