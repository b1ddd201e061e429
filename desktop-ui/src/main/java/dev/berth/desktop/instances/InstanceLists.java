package dev.berth.desktop.instances;

import dev.berth.core.Session;
import dev.berth.core.model.ContainerInstance;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.table.ResourceListViewModel;
import io.reactivex.rxjava3.core.Scheduler;
import java.util.List;
import java.util.Objects;

/** The container instances of a cluster: capacity left and whether the agent is connected. */
public final class InstanceLists {
    private InstanceLists() {
    }

    public static ResourceListViewModel<ContainerInstance> of(Session session, String cluster, Scheduler ui) {
        return new ResourceListViewModel<>("Container instances", columns(), ContainerInstance::arn, InstanceLists::searchText)
                .bind(session.containerInstances(cluster), ui);
    }

    static List<Column<ContainerInstance>> columns() {
        return List.of(
                Column.text("Instance", 170, (ContainerInstance i) -> Objects.toString(i.ec2InstanceId(), i.arn())).toned(InstanceLists::tone),
                Column.text("Status", 90, ContainerInstance::status).toned(InstanceLists::tone),
                Column.text("Agent", 110, (ContainerInstance i) -> i.agentConnected() ? "connected" : "DISCONNECTED").toned(InstanceLists::tone),
                Column.number("Tasks", 70, ContainerInstance::runningTasks, (ContainerInstance i) -> i.runningTasks() + (i.pendingTasks() > 0 ? " (+" + i.pendingTasks() + ")" : "")),
                Column.number("CPU free", 110, (ContainerInstance i) -> i.remainingCpu(), (ContainerInstance i) -> i.remainingCpu() + " / " + i.registeredCpu()),
                Column.number("Memory free", 120, (ContainerInstance i) -> i.remainingMemory(), (ContainerInstance i) -> i.remainingMemory() + " / " + i.registeredMemory() + " MiB"),
                Column.text("AZ", 100, (ContainerInstance i) -> Objects.toString(i.availabilityZone(), "")),
                Column.text("Agent version", 110, (ContainerInstance i) -> Objects.toString(i.agentVersion(), "")));
    }

    static Tone tone(ContainerInstance i) {
        if (!i.agentConnected()) {
            return Tone.BAD;
        }
        return "ACTIVE".equals(i.status()) ? Tone.GOOD : Tone.WARN;
    }

    static String searchText(ContainerInstance i) {
        return i.arn() + " " + i.ec2InstanceId() + " " + i.status() + " " + i.availabilityZone() + " "
                + (i.agentConnected() ? "connected" : "disconnected") + " " + i.agentVersion();
    }
}
