package dev.berth.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Cluster;

/** {@link Sandbox#listen}: the port at once, the first answers only once the scenario is built. */
class SandboxListenIT {
    @Test
    void aCallSentWhileTheDemoBuildsIsAnsweredFromTheBuiltAccount() {
        try (Sandbox sandbox = Sandbox.listen(SandboxOptions.defaults());
             EcsClient ecs = new SandboxClients(sandbox.endpoint()).ecs()) {
            List<String> arns = ecs.listClusters().clusterArns();
            List<Cluster> clusters = ecs.describeClusters(b -> b.clusters(arns)).clusters();
            assertThat(clusters).extracting(Cluster::clusterName).containsExactlyInAnyOrder("prod", "staging", "batch-ec2");
            assertThat(clusters).filteredOn(c -> c.clusterName().equals("prod")).singleElement()
                    .satisfies(prod -> assertThat(prod.activeServicesCount()).as("every prod service is there").isEqualTo(8));
        }
    }

    @Test
    void anUnknownScenarioIsRefusedBeforeThePortIsTaken() {
        assertThatThrownBy(() -> Sandbox.listen(SandboxOptions.defaults().withScenario("no-such-scenario")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
