package dev.berth.tui.details;

import dev.berth.core.model.Discovery;
import dev.berth.core.model.DiscoveryInstance;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.DnsRecord;
import dev.berth.tui.nav.Place;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cloud Map registries as lines: the name clients resolve, the records and TTL they get, and each
 * instance with its health, marked when it stands for a task that no longer runs.
 */
final class Registries {
    private static final String COLUMNS = "      ADDRESS           TASK      HEALTH     ZONE";

    private Registries() {
    }

    /** @param onlyTask the task whose instances to show, or null for every instance */
    static void add(Document.Builder b, Discovery d, String onlyTask) {
        for (DiscoveryRegistry r : d.registries()) {
            List<DiscoveryInstance> instances = onlyTask == null ? r.instances()
                    : r.instances().stream().filter(i -> onlyTask.equals(i.taskId())).toList();
            if (onlyTask != null && instances.isEmpty()) {
                continue;
            }
            String records = r.records().stream().map(x -> x.type() + " TTL " + x.ttlSeconds() + " s")
                    .collect(Collectors.joining(", "));
            b.add(StyledLine.builder().add("  " + r.hostname(), Tone.STRONG)
                    .add("  Cloud Map" + (r.namespace() == null || r.namespace().type() == null ? "" : " " + r.namespace().type())
                            + (records.isEmpty() ? "" : " · " + records)
                            + (r.routingPolicy() == null ? "" : " · " + r.routingPolicy())
                            + (r.customHealthCheck() ? " · health reported by ECS" : ""), Tone.DIM).build());
            if (onlyTask == null) {
                long stale = instances.stream().filter(d::pointsNowhere).count();
                b.add(StyledLine.of("    " + Parts.count(instances.size(), "instance") + (stale == 0 ? ""
                        : ", " + stale + " pointing at a task that is not running"), stale == 0 ? Tone.DIM : Tone.BAD));
            }
            if (!instances.isEmpty()) {
                b.add(StyledLine.of(COLUMNS, Tone.DIM));
            }
            instances.forEach(i -> b.add(instance(d, i, r.records())));
        }
    }

    static StyledLine instance(Discovery d, DiscoveryInstance i, List<DnsRecord> records) {
        boolean nowhere = d.pointsNowhere(i);
        Tone tone = nowhere || i.unhealthy() ? Tone.BAD : "HEALTHY".equals(i.health()) ? Tone.GOOD : Tone.DIM;
        String mark = nowhere || i.unhealthy() ? "✖" : "HEALTHY".equals(i.health()) ? "✔" : "·";
        boolean srv = records.stream().anyMatch(r -> "SRV".equals(r.type()));
        return StyledLine.builder().add("    " + mark + " ", tone)
                .add(Text.padRight(Text.orDash(i.ipv4()) + (srv && i.port() != null ? ":" + i.port() : ""), 18), Tone.NORMAL)
                .add(Text.padRight(i.taskId() == null ? "none" : Place.shortId(i.taskId()), 10),
                        i.taskId() == null ? Tone.DIM : Tone.STRONG)
                .add(Text.padRight(Text.orDash(i.health()), 11), i.unhealthy() ? Tone.BAD : Tone.NORMAL)
                .add(nowhere ? "points at a task that is not running: DNS still answers with it" : Text.orDash(i.availabilityZone()),
                        nowhere ? Tone.BAD : Tone.DIM).build();
    }
}
