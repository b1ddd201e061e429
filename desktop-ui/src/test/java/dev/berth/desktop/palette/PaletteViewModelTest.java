package dev.berth.desktop.palette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {
    private final List<String> ran = new ArrayList<>();
    private final PaletteViewModel vm = new PaletteViewModel(List.of(
            PaletteEntry.of(":services", "Show services", "", () -> ran.add("services")),
            PaletteEntry.of(":tasks", "Show tasks", "", () -> ran.add("tasks")),
            PaletteEntry.withArgument(":region", ":region eu-west-1 — reconnect", r -> ran.add("region " + r)),
            PaletteEntry.of("scale", "Scale (desired count)", "s", () -> ran.add("scale"))));

    @Test
    void colonCommandsMatchByPrefixAndWordsAnywhere() {
        vm.queryProperty().set(":ta");
        assertThat(vm.matches()).extracting(PaletteEntry::name).containsExactly(":tasks");
        vm.queryProperty().set("desired");
        assertThat(vm.matches()).extracting(PaletteEntry::name).containsExactly("scale");
        assertThat(vm.runSelected()).isTrue();
        assertThat(ran).containsExactly("scale");
    }

    @Test
    void theRestOfTheLineIsTheArgument() {
        vm.queryProperty().set(":region eu-west-1");
        assertThat(vm.runSelected()).isTrue();
        assertThat(ran).containsExactly("region eu-west-1");
    }

    @Test
    void aMissingArgumentOrNoMatchIsSaidNotRun() {
        vm.queryProperty().set(":region");
        assertThat(vm.runSelected()).isFalse();
        assertThat(vm.errorProperty().get()).contains("needs a value");
        vm.queryProperty().set(":nothing");
        assertThat(vm.runSelected()).isFalse();
        assertThat(vm.errorProperty().get()).contains("No command matches");
        assertThat(ran).isEmpty();
    }
}
