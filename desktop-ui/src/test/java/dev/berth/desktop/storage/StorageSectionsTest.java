package dev.berth.desktop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.SecretNames;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.model.Volume;
import dev.berth.desktop.detail.Section;
import dev.berth.desktop.testing.SectionRows;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageSectionsTest {
    private static TaskDefinition definition(Map<String, String> env, List<Volume> volumes, List<MountPoint> mounts) {
        ContainerDefinition c = new ContainerDefinition("etl", "etl:4", 512, 1536, true, env, Map.of(), null, mounts);
        return new TaskDefinition(new TaskDefinitionRef("arn:td/etl:1", "etl", 1), "ACTIVE", null, null, "bridge",
                List.of("EC2"), null, null, List.of(c), Instant.EPOCH, "{}", volumes, "{}");
    }

    private static Section section(List<Section> all, String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void bindMountsAndDockerVolumesSayWhereTheyLiveAndWhoMountsThem() {
        List<Section> s = StorageSections.of(definition(Map.of(), List.of(
                new Volume("scratch", Volume.Kind.BIND, "/mnt/scratch", null, null),
                new Volume("cache", Volume.Kind.DOCKER, null, null, new Volume.Docker("shared", "local", true)),
                new Volume("spare", Volume.Kind.BIND, null, null, null)),
                List.of(new MountPoint("scratch", "/scratch", false), new MountPoint("cache", "/var/cache/etl", true))), false);
        assertThat(SectionRows.rows(section(s, "volumes")))
                .extracting(r -> r.get("Volume") + " | " + r.get("Kind") + " | " + r.get("Source") + " | " + r.get("Options")
                        + " | " + r.get("Mounted at"))
                .containsExactly("scratch | bind mount | host /mnt/scratch |  | etl:/scratch",
                        "cache | Docker volume | local driver, shared scope | autoprovision | etl:/var/cache/etl (read-only)",
                        "spare | bind mount | task storage |  | not mounted");
        assertThat(SectionRows.field(section(s, "roles"), "Task role")).startsWith("none");
        assertThat(section(s, "secrets").note()).startsWith("None");
    }

    @Test
    void onlySecretLookingValuesAreMaskedAndTheNoteCountsThem() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KEYBOARD_LAYOUT", "us");
        env.put("dbPassword", "hunter2");
        env.put("SIGNING_KEY", "k-1");
        TaskDefinition td = definition(env, List.of(), List.of());
        Section masked = section(StorageSections.of(td, false), "environment");
        assertThat(SectionRows.rows(masked)).extracting(r -> r.get("Variable") + "=" + r.get("Value"))
                .containsExactly("KEYBOARD_LAYOUT=us", "dbPassword=" + SecretNames.MASK, "SIGNING_KEY=" + SecretNames.MASK);
        assertThat(masked.note()).startsWith("2 values hidden");
        Section shown = section(StorageSections.of(td, true), "environment");
        assertThat(SectionRows.rows(shown)).extracting(r -> r.get("Value")).containsExactly("us", "hunter2", "k-1");
        assertThat(shown.note()).startsWith("2 values of secret-looking names shown");
        assertThat(StorageSections.hasMaskedValues(td)).isTrue();
        assertThat(StorageSections.hasMaskedValues(definition(Map.of("LOG_LEVEL", "info"), List.of(), List.of()))).isFalse();
    }
}
