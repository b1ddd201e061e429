package dev.berth.desktop.discovery;

import dev.berth.core.model.Discovery;
import dev.berth.core.model.DiscoveryInstance;
import dev.berth.core.model.DiscoveryNamespace;
import dev.berth.core.model.DiscoveryRegistry;
import dev.berth.core.model.DnsRecord;
import dev.berth.core.model.ServiceConnectSettings;
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
 * The Discovery tab: each Cloud Map registry (the name clients resolve, its records and TTL, its
 * instances with their health and whether each still stands for a running task), then Service
 * Connect when the service uses it.
 */
public final class DiscoverySections {
    private static final List<Column<InstanceRow>> INSTANCES = List.of(
            Column.text("Instance", 120, (InstanceRow r) -> r.instance().taskId() != null
                    ? TaskLists.shortId(r.instance().taskId()) : r.instance().id()).toned(InstanceRow::tone)
                    .whole(r -> r.instance().id()),
            Column.text("Address", 130, (InstanceRow r) -> Objects.toString(r.instance().ipv4(), "")
                    + (r.instance().port() == null ? "" : ":" + r.instance().port())),
            Column.text("Zone", 90, (InstanceRow r) -> Objects.toString(r.instance().availabilityZone(), "")),
            Column.text("Health", 95, (InstanceRow r) -> Objects.toString(r.instance().health(), ""))
                    .toned(r -> health(r.instance())),
            Column.text("Task", 330, InstanceRow::taskText).toned(InstanceRow::tone));
    private static final List<Column<ServiceConnectSettings.Endpoint>> ENDPOINTS = List.of(
            Column.text("Port name", 120, (ServiceConnectSettings.Endpoint e) -> Objects.toString(e.portName(), "")),
            Column.text("Discovery name", 150, (ServiceConnectSettings.Endpoint e) -> Objects.toString(e.discoveryName(), "")),
            Column.text("Clients dial", 360, (ServiceConnectSettings.Endpoint e) -> e.clientAliases().isEmpty() ? "–"
                    : e.clientAliases().stream().map(a -> a.dnsName() + ":" + a.port()).collect(Collectors.joining(", ")))
                    .asMain());

    private DiscoverySections() {
    }

    /** An instance and whether DNS answers with it although no running task stands behind it. */
    private record InstanceRow(DiscoveryInstance instance, boolean pointsNowhere) {
        Tone tone() {
            if (pointsNowhere) {
                return Tone.BAD;
            }
            return instance.taskId() == null ? Tone.MUTED : health(instance);
        }

        String taskText() {
            if (instance.taskId() == null) {
                return "not registered by ECS";
            }
            return pointsNowhere ? "NOT RUNNING: DNS still answers with its address" : "running";
        }
    }

    public static List<Section> of(Discovery d) {
        if (d.registries().isEmpty() && d.serviceConnect() == null) {
            return List.of(Section.note("discovery", "Service discovery",
                    "None: the service registers in no Cloud Map service and does not use Service Connect."));
        }
        List<Section> out = new ArrayList<>();
        for (DiscoveryRegistry r : d.registries()) {
            out.add(registry(d, r));
        }
        if (d.serviceConnect() != null) {
            out.add(serviceConnect(d.serviceConnect()));
        }
        return out;
    }

    private static Section registry(Discovery d, DiscoveryRegistry r) {
        List<InstanceRow> rows = r.instances().stream().map(i -> new InstanceRow(i, d.pointsNowhere(i))).toList();
        long live = rows.stream().filter(x -> !x.pointsNowhere() && !x.instance().unhealthy()).count();
        List<Field> f = new ArrayList<>();
        DiscoveryNamespace ns = r.namespace();
        f.add(Field.of("Namespace", ns == null ? null : ns.name() + " (" + namespaceType(ns.type()) + ")"));
        f.add(Field.of("Records", r.records().isEmpty() ? "none (API discovery only)"
                : r.records().stream().map(DiscoverySections::record).collect(Collectors.joining(", "))
                + (r.routingPolicy() == null ? "" : " · routing " + r.routingPolicy())));
        f.add(Field.of("Health", r.customHealthCheck() ? "reported by ECS from each task's health" : "not checked"));
        Tone tone = rows.isEmpty() ? Tone.WARN : Tone.worst(rows.stream().map(InstanceRow::tone).toList());
        Section s = Section.of("registry-" + Objects.toString(r.name(), r.id()), "Cloud Map " + r.hostname() + "  ·  "
                + live + " of " + rows.size() + " instances serve a running task", tone, f);
        return rows.isEmpty() ? s.noted("No instances: the name resolves to nothing.")
                : s.with(SectionTable.of(INSTANCES, rows).opening(x -> x.instance().taskId()));
    }

    private static Section serviceConnect(ServiceConnectSettings sc) {
        Section s = Section.of("service-connect", "Service Connect", sc.enabled() ? Tone.NEUTRAL : Tone.MUTED, List.of(
                Field.of("Enabled", sc.enabled() ? "yes" : "no"),
                Field.of("Namespace", sc.namespace())));
        return sc.endpoints().isEmpty() ? s.noted("A client only: it offers no endpoint to other services.")
                : s.with(SectionTable.of(ENDPOINTS, sc.endpoints()));
    }

    private static String record(DnsRecord r) {
        return r.type() + " (TTL " + r.ttlSeconds() + " s)";
    }

    private static String namespaceType(String type) {
        return switch (Objects.toString(type, "")) {
            case "DNS_PRIVATE" -> "private DNS";
            case "DNS_PUBLIC" -> "public DNS";
            case "HTTP" -> "API only";
            default -> Objects.toString(type, "?");
        };
    }

    private static Tone health(DiscoveryInstance i) {
        return switch (Objects.toString(i.health(), "")) {
            case "HEALTHY" -> Tone.GOOD;
            case "UNHEALTHY" -> Tone.BAD;
            default -> Tone.MUTED;
        };
    }
}
