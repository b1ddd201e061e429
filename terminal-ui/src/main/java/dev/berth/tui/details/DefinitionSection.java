package dev.berth.tui.details;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.SecretNames;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.Volume;
import dev.berth.tui.ui.Document;
import dev.berth.tui.ui.StyledLine;
import dev.berth.tui.ui.Text;
import dev.berth.tui.ui.Tone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A task definition as operators read it: size, network mode, the two roles, volumes (EFS with its
 * access point and encryption, bind mounts, Docker volumes), and per container its image, mount
 * points, secrets (by reference only: where the value lives, never the value) and environment,
 * whose secret-looking values are masked unless {@code reveal}.
 */
public final class DefinitionSection {
    /** Shown after a masked value; how to show it is said once, where the page is shown (key or flag). */
    static final String MASK_NOTE = "(masked)";

    private DefinitionSection() {
    }

    /** True when the definition has environment values that are masked by default. */
    public static boolean hasMaskedValues(TaskDefinition td) {
        return td != null && td.containers().stream().anyMatch(c -> !c.secretLookingNames().isEmpty());
    }

    /**
     * A page that shows a task definition: rendered masked, plus (when the definition has masked
     * values) rendered revealed, both dated {@code fetchedAt}.
     */
    public static Document page(Function<Boolean, Document> render, TaskDefinition td, Instant fetchedAt) {
        Document masked = render.apply(false);
        return hasMaskedValues(td) ? masked.withRevealed(render.apply(true).at(fetchedAt)).at(fetchedAt) : masked.at(fetchedAt);
    }

    public static void add(Document.Builder b, TaskDefinition td, boolean reveal) {
        b.kv("Revision", td.ref().familyRevision() + (td.status() == null ? "" : "  " + td.status()));
        b.kv("Task size", Text.orDash(td.cpu()) + " CPU units / " + Text.orDash(td.memory()) + " MiB");
        b.kv("Network mode", td.networkMode());
        b.kv("Requires", td.compatibilities().isEmpty() ? null : String.join(", ", td.compatibilities()));
        b.kv("Task role", td.taskRoleArn() == null ? "none (the containers get no AWS credentials)" : td.taskRoleArn(),
                td.taskRoleArn() == null ? Tone.DIM : Tone.NORMAL);
        b.kv("Execution role", td.executionRoleArn() == null ? "none" : td.executionRoleArn(),
                td.executionRoleArn() == null ? Tone.DIM : Tone.NORMAL);
        if (td.volumes().isEmpty()) {
            b.kv("Volumes", "none", Tone.DIM);
        } else {
            b.kv("Volumes", Parts.count(td.volumes().size(), "volume"), Tone.DIM);
            td.volumes().forEach(v -> b.kv("  " + v.name(), volume(v)));
        }
        for (ContainerDefinition c : td.containers()) {
            b.add(StyledLine.builder().add(" Container ", Tone.DIM).add(c.name(), Tone.STRONG)
                    .add(c.essential() ? "  essential" : "", Tone.DIM).build());
            b.kv("  image", c.image());
            if (c.cpu() != null && c.cpu() > 0 || c.memory() != null) {
                b.kv("  cpu / memory", (c.cpu() == null || c.cpu() == 0 ? "-" : c.cpu() + " units") + " / "
                        + (c.memory() == null ? "-" : c.memory() + " MiB"));
            }
            rows(b, "  mounts", c.mountPoints().stream().map(DefinitionSection::mount).toList());
            rows(b, "  secrets", secrets(c.secrets()));
            environment(b, c, reveal);
            if (c.awsLogs() != null) {
                b.kv("  logs", "awslogs " + c.awsLogs().group()
                        + (c.awsLogs().streamPrefix() == null ? "" : " (stream prefix " + c.awsLogs().streamPrefix() + ")"), Tone.DIM);
            }
        }
    }

    static String volume(Volume v) {
        return switch (v.kind()) {
            case EFS -> {
                Volume.Efs e = v.efs();
                yield "EFS " + e.fileSystemId() + (e.rootDirectory() == null ? "" : " " + e.rootDirectory())
                        + (e.accessPointId() == null ? "" : " via access point " + e.accessPointId())
                        + ", transit encryption " + Parts.onOff(e.transitEncryption()) + ", IAM " + Parts.onOff(e.iamAuthorization());
            }
            case BIND -> v.hostPath() == null ? "bind mount on task storage" : "bind mount of host " + v.hostPath();
            case DOCKER -> {
                Volume.Docker d = v.docker();
                yield "Docker volume" + (d == null ? "" : ", " + Text.orDash(d.scope()) + " scope, driver " + Text.orDash(d.driver())
                        + (d.autoprovision() ? ", created when missing" : ""));
            }
            case OTHER -> "other kind (see the JSON)";
        };
    }

    private static String mount(MountPoint m) {
        return m.sourceVolume() + " → " + m.containerPath() + (m.readOnly() ? " (read-only)" : " (read-write)");
    }

    private static List<String> secrets(Map<String, String> secrets) {
        List<String> out = new ArrayList<>();
        secrets.forEach((name, from) -> out.add(name + " ← " + SecretNames.store(from) + " " + from));
        return out;
    }

    private static void environment(Document.Builder b, ContainerDefinition c, boolean reveal) {
        if (c.environment().isEmpty()) {
            return;
        }
        int width = c.environment().keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        boolean first = true;
        for (Map.Entry<String, String> e : c.environment().entrySet()) {
            boolean masked = !reveal && SecretNames.looksSecret(e.getKey());
            StyledLine.Builder line = StyledLine.builder()
                    .add(" " + Text.padRight(first ? "  environment" : "", Document.Builder.KEY_WIDTH), Tone.DIM)
                    .add(Text.padRight(e.getKey(), width), Tone.NORMAL);
            if (masked) {
                line.add(SecretNames.MASK, Tone.WARN).add("  " + MASK_NOTE, Tone.DIM);
            } else {
                line.add(Text.orDash(e.getValue()), SecretNames.looksSecret(e.getKey()) ? Tone.BAD : Tone.NORMAL);
            }
            b.add(line.build());
            first = false;
        }
    }

    /** Several values under one key: the key on the first row only. */
    private static void rows(Document.Builder b, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            b.kv(i == 0 ? key : "", values.get(i));
        }
    }
}
