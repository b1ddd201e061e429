package dev.berth.desktop.storage;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.SecretNames;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.Volume;
import dev.berth.desktop.detail.Field;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.detail.SectionTable;
import dev.berth.desktop.fx.Tone;
import dev.berth.desktop.table.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Storage and secrets tab of a task definition: its roles, its volumes and where containers mount
 * them, its secrets by reference only, and each container's environment with the values of
 * secret-looking names masked unless revealed.
 */
public final class StorageSections {
    private static final String NOT_MOUNTED = "not mounted";
    private static final List<Column<VolumeRow>> VOLUMES = List.of(
            Column.text("Volume", 100, (VolumeRow r) -> r.volume().name()),
            Column.text("Kind", 105, (VolumeRow r) -> kind(r.volume().kind())),
            Column.text("Source", 320, (VolumeRow r) -> source(r.volume())).asMain(),
            Column.text("Options", 130, (VolumeRow r) -> options(r.volume()))
                    .toned(r -> r.volume().efs() != null && !r.volume().efs().transitEncryption() ? Tone.WARN : Tone.NEUTRAL),
            Column.text("Mounted at", 300, VolumeRow::mounts).toned(r -> r.mounts().equals(NOT_MOUNTED) ? Tone.MUTED : Tone.NEUTRAL));
    private static final List<Column<SecretRow>> SECRETS = List.of(
            Column.text("Container", 115, SecretRow::container),
            Column.text("Variable", 150, SecretRow::name),
            Column.text("Store", 135, (SecretRow r) -> Objects.toString(SecretNames.store(r.valueFrom()), "")),
            Column.text("Reference", 420, SecretRow::valueFrom).asMain());
    private static final List<Column<EnvRow>> ENVIRONMENT = List.of(
            Column.text("Container", 115, EnvRow::container),
            Column.text("Variable", 200, EnvRow::name).toned(EnvRow::tone),
            Column.text("Value", 480, EnvRow::value).toned(EnvRow::tone));

    private StorageSections() {
    }

    /** A volume and where the definition's containers mount it. */
    private record VolumeRow(Volume volume, String mounts) {
    }

    /** One secret a container receives: the variable and where ECS reads its value from. */
    private record SecretRow(String container, String name, String valueFrom) {
    }

    /** One plain environment variable as shown: masked, revealed, or not secret-looking at all. */
    private record EnvRow(String container, String name, String value, boolean secretLooking, boolean revealed) {
        Tone tone() {
            if (!secretLooking) {
                return Tone.NEUTRAL;
            }
            return revealed ? Tone.WARN : Tone.MUTED;
        }
    }

    /** True when some container has environment values that are masked until revealed. */
    public static boolean hasMaskedValues(TaskDefinition td) {
        return td.containers().stream().anyMatch(c -> !c.secretLookingNames().isEmpty());
    }

    public static List<Section> of(TaskDefinition td, boolean revealed) {
        List<Section> out = new ArrayList<>();
        out.add(Section.of("roles", "Roles", Tone.NEUTRAL, List.of(
                        Field.of("Task role", Objects.toString(td.taskRoleArn(), "none: the containers get no AWS credentials from ECS")),
                        Field.of("Execution role", Objects.toString(td.executionRoleArn(), "none"))))
                .noted("The task role is what the containers' own AWS calls run as; the execution role is what ECS uses to pull "
                        + "images, read the secrets below and write logs."));
        out.add(volumes(td));
        out.add(secrets(td));
        out.add(environment(td, revealed));
        return out;
    }

    private static Section volumes(TaskDefinition td) {
        Section s = Section.of("volumes", "Volumes  ·  " + td.volumes().size(), Tone.NEUTRAL, List.of());
        if (td.volumes().isEmpty()) {
            return s.noted("None: each container writes only to its own layer, gone when the task stops.");
        }
        List<VolumeRow> rows = td.volumes().stream().map(v -> new VolumeRow(v, mounts(td, v.name()))).toList();
        return s.with(SectionTable.of(VOLUMES, rows));
    }

    private static Section secrets(TaskDefinition td) {
        List<SecretRow> rows = new ArrayList<>();
        for (ContainerDefinition c : td.containers()) {
            c.secrets().forEach((name, from) -> rows.add(new SecretRow(c.name(), name, from)));
        }
        Section s = Section.of("secrets", "Secrets  ·  " + rows.size() + " by reference", Tone.NEUTRAL, List.of());
        return rows.isEmpty() ? s.noted("None: no container receives a secret from Secrets Manager or Parameter Store.")
                : s.with(SectionTable.of(SECRETS, rows))
                .noted("ECS puts their values into the containers' environment at start; Berth shows only where they come from.");
    }

    private static Section environment(TaskDefinition td, boolean revealed) {
        List<EnvRow> rows = new ArrayList<>();
        int masked = 0;
        for (ContainerDefinition c : td.containers()) {
            Map<String, String> shown = revealed ? c.environment() : c.maskedEnvironment();
            for (Map.Entry<String, String> e : shown.entrySet()) {
                boolean secret = SecretNames.looksSecret(e.getKey());
                masked += secret ? 1 : 0;
                rows.add(new EnvRow(c.name(), e.getKey(), e.getValue(), secret, revealed));
            }
        }
        Section s = Section.of("environment", "Environment  ·  " + rows.size() + " variables", Tone.NEUTRAL, List.of());
        if (rows.isEmpty()) {
            return s.noted("No plain environment variables.");
        }
        s = s.with(SectionTable.of(ENVIRONMENT, rows));
        if (masked == 0) {
            return s;
        }
        String values = masked == 1 ? "1 value" : masked + " values";
        return revealed ? s.noted(values + " of secret-looking names shown. They hide again when you leave this tab or select "
                + "something else.")
                : s.noted(values + " hidden because the names look secret (KEY, TOKEN, PASSWORD, …): Reveal shows them.");
    }

    private static String mounts(TaskDefinition td, String volume) {
        List<String> at = new ArrayList<>();
        for (ContainerDefinition c : td.containers()) {
            for (MountPoint m : c.mountPoints()) {
                if (volume.equals(m.sourceVolume())) {
                    at.add(c.name() + ":" + m.containerPath() + (m.readOnly() ? " (read-only)" : ""));
                }
            }
        }
        return at.isEmpty() ? NOT_MOUNTED : String.join(", ", at);
    }

    private static String kind(Volume.Kind k) {
        return switch (k) {
            case EFS -> "EFS";
            case BIND -> "bind mount";
            case DOCKER -> "Docker volume";
            case OTHER -> "other";
        };
    }

    private static String source(Volume v) {
        return switch (v.kind()) {
            case EFS -> v.efs() == null ? "" : v.efs().fileSystemId() + (v.efs().accessPointId() != null
                    ? " · access point " + v.efs().accessPointId() : ":" + Objects.toString(v.efs().rootDirectory(), "/"));
            case BIND -> v.hostPath() == null ? "task storage" : "host " + v.hostPath();
            case DOCKER -> v.docker() == null ? "" : Objects.toString(v.docker().driver(), "local") + " driver, "
                    + Objects.toString(v.docker().scope(), "task") + " scope";
            case OTHER -> "";
        };
    }

    /** EFS: "TLS, IAM auth" (or "no TLS"); Docker: "autoprovision". */
    private static String options(Volume v) {
        return switch (v.kind()) {
            case EFS -> v.efs() == null ? "" : (v.efs().transitEncryption() ? "TLS" : "no TLS")
                    + (v.efs().iamAuthorization() ? ", IAM auth" : "");
            case DOCKER -> v.docker() != null && v.docker().autoprovision() ? "autoprovision" : "";
            default -> "";
        };
    }
}
