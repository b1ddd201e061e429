package dev.berth.sandbox.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.sandbox.Sandbox;
import dev.berth.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;

class ScenariosTest {
    @Test
    void unknownScenarioIsRefusedWithTheKnownNamesBeforeAnythingStarts() {
        assertThatThrownBy(() -> Sandbox.start(SandboxOptions.defaults().withScenario("chaos")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown scenario 'chaos'; choose one of demo, empty, sized");
    }
}
