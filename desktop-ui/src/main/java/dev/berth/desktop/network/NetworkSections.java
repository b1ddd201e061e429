package dev.berth.desktop.network;

import dev.berth.core.model.CapacityProviderShare;
import dev.berth.core.model.NetworkSettings;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskSet;
import dev.berth.desktop.detail.Field;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.detail.SectionTable;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import dev.berth.desktop.tasks.TaskLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Network tab of a service: network mode, launch type or capacity-provider strategy, the awsvpc
 * subnets, security groups and public IP, then each running task's capacity, zone, subnet, network
 * interface and private IP.
 */
public final class NetworkSections {
    private static final List<Column<Task>> TASKS = List.of(
            Column.text("Task", 115, (Task t) -> TaskLists.shortId(t.id())).toned(TaskLists::tone).whole(Task::id),
            Column.text("Status", 90, Task::lastStatus).toned(TaskLists::tone),
            Column.text("Capacity", 120, NetworkSections::capacity).toned(t -> spot(t) ? Tone.INFO : Tone.NEUTRAL),
            Column.text("Zone", 95, (Task t) -> Objects.toString(t.availabilityZone(), "")),
            Column.text("Subnet", 190, (Task t) -> Objects.toString(t.subnetId(), "")),
            Column.text("Network interface", 170, (Task t) -> Objects.toString(t.networkInterfaceId(), "")),
            Column.text("Private IP", 110, (Task t) -> Objects.toString(t.privateIp(), "")));

    private NetworkSections() {
    }

    public static List<Section> of(Placement p) {
        Service s = p.service();
        List<Task> live = p.tasks().stream().filter(t -> !t.stopped()).toList();
        List<Field> f = new ArrayList<>();
        String mode = p.definition() == null ? null : p.definition().networkMode();
        f.add(Field.of("Network mode", mode == null ? null : mode + ("awsvpc".equals(mode) ? " (a network interface per task)" : "")));
        f.add(Field.of("Launch", launchText(s)));
        long spot = live.stream().filter(NetworkSections::spot).count();
        if (spot > 0 || s.capacityProviders().stream().anyMatch(c -> c.provider().contains("SPOT"))) {
            f.add(Field.toned("On Spot", spot + " of " + live.size() + " tasks (Fargate may take them back at two minutes' notice)",
                    spot > 0 ? Tone.INFO : Tone.NEUTRAL));
        }
        NetworkSettings n = s.network();
        if (n != null && !n.subnets().isEmpty()) {
            f.add(Field.of("Subnets", String.join(", ", n.subnets())));
            f.add(Field.of("Security groups", String.join(", ", n.securityGroups())));
            f.add(Field.of("Public IP", n.assignPublicIp() ? "assigned to each task" : "none (private subnets need a NAT to reach out)"));
        }
        List<Section> out = new ArrayList<>();
        out.add(Section.of("placement", "Network and placement", Tone.NEUTRAL, f));
        Section tasks = Section.of("task-network", "Tasks  ·  " + live.size() + " running or starting", Tone.NEUTRAL, List.of());
        out.add(live.isEmpty() ? tasks.noted("No task is running.")
                : tasks.with(SectionTable.of(TASKS, live).opening(Task::id)));
        return out;
    }

    /** "FARGATE", or the capacity-provider strategy "FARGATE base 1, weight 1 · FARGATE_SPOT weight 2". */
    public static String launchText(Service s) {
        if (s.launchType() != null) {
            return s.launchType();
        }
        if (!s.capacityProviders().isEmpty()) {
            return strategy(s.capacityProviders());
        }
        return s.taskSets().stream().map(NetworkSections::launchText).distinct().collect(Collectors.joining(", "));
    }

    private static String launchText(TaskSet t) {
        return t.launchType() != null ? t.launchType() : strategy(t.capacityProviders());
    }

    private static String strategy(List<CapacityProviderShare> shares) {
        return shares.stream().map(c -> c.provider() + (c.base() > 0 ? " base " + c.base() + "," : "") + " weight " + c.weight())
                .collect(Collectors.joining(" · "));
    }

    /** The capacity provider a task runs on, or its launch type. */
    public static String capacity(Task t) {
        return Objects.toString(t.capacityProvider(), Objects.toString(t.launchType(), ""));
    }

    private static boolean spot(Task t) {
        return t.capacityProvider() != null && t.capacityProvider().contains("SPOT");
    }
}
