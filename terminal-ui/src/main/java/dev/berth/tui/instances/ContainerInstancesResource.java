package dev.berth.tui.instances;

import dev.berth.core.Session;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.watch.Snapshot;
import dev.berth.tui.nav.Kind;
import dev.berth.tui.nav.Place;
import dev.berth.tui.nav.Resource;
import dev.berth.tui.nav.Target;
import dev.berth.tui.table.Align;
import dev.berth.tui.table.Cell;
import dev.berth.tui.table.Column;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The EC2 container instances of a cluster: the capacity each has left for tasks (vCPU and GiB), its ECS agent's
 * version and whether the agent is connected (a disconnected agent is marked: ECS can neither place
 * nor stop tasks there). A Fargate-only cluster has none.
 */
public final class ContainerInstancesResource implements Resource<ContainerInstance> {
    /** Free capacity below this share of what was registered shows as a warning. */
    private static final double LOW = 0.1;
    private final List<Column<ContainerInstance>> columns;

    public ContainerInstancesResource(Clock clock) {
        columns = List.of(
                Column.<ContainerInstance>text(" ", 1, 1, 0, i -> Cell.of(i.agentConnected() ? "●" : "✖",
                        i.agentConnected() ? Tone.GOOD : Tone.BAD)).orderedBy(Comparator.comparing(ContainerInstance::agentConnected)),
                Column.text("INSTANCE", 10, 19, 0, i -> Cell.of(i.ec2InstanceId(), Tone.STRONG)),
                Column.text("STATUS", 6, 10, 2, i -> Cell.of(i.status(), "ACTIVE".equals(i.status()) ? Tone.NORMAL : Tone.WARN)),
                Column.text("AGENT", 5, 12, 0, i -> i.agentConnected() ? Cell.of("connected", Tone.DIM)
                        : Cell.of("DISCONNECTED", Tone.BAD)),
                Column.text("VERSION", 7, 10, 3, i -> Cell.of(i.agentVersion(), Tone.DIM)),
                Column.number("TASKS", 0, i -> Cell.of(i.runningTasks() + (i.pendingTasks() > 0 ? "+" + i.pendingTasks() : ""))),
                new Column<ContainerInstance>("CPU FREE", 8, 12, Align.RIGHT, 1,
                        i -> free(i.remainingCpu() / 1024.0, i.registeredCpu() / 1024.0, ""),
                        Comparator.comparingInt(ContainerInstance::remainingCpu)),
                new Column<ContainerInstance>("MEM FREE", 8, 12, Align.RIGHT, 1,
                        i -> free(i.remainingMemory() / 1024.0, i.registeredMemory() / 1024.0, "G"),
                        Comparator.comparingInt(ContainerInstance::remainingMemory)),
                Column.text("AZ", 4, 12, 4, i -> Cell.of(i.availabilityZone(), Tone.DIM)),
                Column.text("AGE", 3, 5, 5, i -> Cell.of(Text.age(i.registeredAt(), clock.instant()), Tone.DIM)));
    }

    /** "1.5/2" vCPU, "6/7.5G": what is left of what was registered, short enough for 80 columns. */
    private static Cell free(double remaining, double registered, String unit) {
        Tone tone = registered > 0 && remaining < registered * LOW ? Tone.WARN : Tone.NORMAL;
        return Cell.of(amount(remaining) + "/" + amount(registered) + unit, tone);
    }

    private static String amount(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Override
    public Kind kind() {
        return Kind.INSTANCES;
    }

    @Override
    public List<Column<ContainerInstance>> columns() {
        return columns;
    }

    @Override
    public String key(ContainerInstance row) {
        return row.arn();
    }

    @Override
    public Observable<Snapshot<List<ContainerInstance>>> watch(Session session, Place place,
                                                               Observable<List<ContainerInstance>> window, Scheduler timer) {
        return session.containerInstances(place.cluster());
    }

    @Override
    public Target target(Place place, ContainerInstance row) {
        return new Target(Kind.INSTANCES, place.cluster(), null, null, null, null, row.arn(), false, row);
    }

    @Override
    public Optional<Place> open(Place place, ContainerInstance row) {
        return Optional.empty();
    }
}
