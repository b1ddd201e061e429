package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.ecs.workload.LogLines;
import dev.berth.sandbox.ecs.workload.Workload;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * RegisterTaskDefinition (with ECS's checks for Fargate and the defaults it fills in),
 * DeregisterTaskDefinition, DescribeTaskDefinition, ListTaskDefinitions, ListTaskDefinitionFamilies.
 */
final class TaskDefinitionOperations {
    /** Valid Fargate memory sizes (MiB) per CPU size: from, to, step. */
    private static final Map<Integer, int[]> FARGATE_SIZES = Map.of(
            256, new int[] {512, 2048, 512},
            512, new int[] {1024, 4096, 1024},
            1024, new int[] {2048, 8192, 1024},
            2048, new int[] {4096, 16384, 1024},
            4096, new int[] {8192, 30720, 1024},
            8192, new int[] {16384, 61440, 4096},
            16384, new int[] {32768, 122880, 8192});

    private final World world;
    private final Pages pages;

    TaskDefinitionOperations(World world, Pages pages) {
        this.world = world;
        this.pages = pages;
    }

    void register(Map<String, Operation> ops) {
        ops.put("RegisterTaskDefinition", this::registerDefinition);
        ops.put("DeregisterTaskDefinition", this::deregister);
        ops.put("DescribeTaskDefinition", this::describe);
        ops.put("ListTaskDefinitions", this::list);
        ops.put("ListTaskDefinitionFamilies", this::families);
    }

    private JsonNode registerDefinition(Call call) {
        Input in = call.input();
        String family = in.requireString("family");
        if (!Requests.NAME.matcher(family).matches()) {
            throw EcsErrors.client("Family contains invalid characters or is longer than 255 characters.");
        }
        String networkMode = in.string("networkMode", "bridge");
        if (!Set.of("bridge", "host", "awsvpc", "none").contains(networkMode)) {
            throw EcsErrors.client("Invalid networkMode: " + networkMode);
        }
        List<String> requires = in.strings("requiresCompatibilities");
        Integer cpu = size(in.string("cpu"), "cpu");
        Integer memory = size(in.string("memory"), "memory");
        boolean fargate = requires.contains("FARGATE");
        ObjectNode body = in.node().deepCopy();
        body.remove(List.of("family", "tags", "containerDefinitions", "cpu", "memory"));
        Set<String> volumes = volumes(in, fargate);
        List<ContainerSpec> specs = containers(in, family, networkMode, memory, body);
        checkMountsAndSecrets(in, volumes);
        boolean awslogs = specs.stream().anyMatch(s -> s.logs() != null);
        if (fargate) {
            checkFargate(networkMode, cpu, memory, awslogs && !in.has("executionRoleArn"));
        }
        if (cpu != null) {
            body.put("cpu", cpu.toString());
        }
        if (memory != null) {
            body.put("memory", memory.toString());
        }
        if (!body.has("volumes")) {
            body.putArray("volumes");
        }
        if (!body.has("placementConstraints")) {
            body.putArray("placementConstraints");
        }
        if (networkMode.equals("awsvpc") || body.has("networkMode")) {
            body.put("networkMode", networkMode);
        }
        List<String> compatibilities = networkMode.equals("awsvpc") && cpu != null && memory != null
                ? List.of("EC2", "FARGATE") : List.of("EC2");
        body.set("compatibilities", Json.strings(compatibilities));
        body.set("requiresAttributes", requiredAttributes(in, specs, networkMode));
        body.put("registeredBy", "arn:aws:iam::" + world.account() + ":user/berth-sandbox");
        Map<String, String> tags = Tags.read(in, "tags");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            int revision = ecs.taskDefinitions.nextRevision(family);
            TaskDefinition td = new TaskDefinition(family, revision,
                    ecs.region().arn("ecs", "task-definition/" + family + ":" + revision), body, specs, networkMode,
                    compatibilities, cpu, memory, ecs.now(), tags == null ? Map.of() : tags);
            ecs.taskDefinitions.add(td);
            ObjectNode out = Json.object();
            out.set("taskDefinition", td.toJson());
            out.set("tags", Tags.toJson(td.tags));
            return out;
        });
    }

    private List<ContainerSpec> containers(Input in, String family, String networkMode, Integer taskMemory, ObjectNode body) {
        List<Input> defs = in.list("containerDefinitions");
        if (defs.isEmpty()) {
            throw EcsErrors.client("Container list cannot be empty.");
        }
        if (defs.size() > 10) {
            throw EcsErrors.client("Too many containers: a task definition can have at most 10.");
        }
        List<ContainerSpec> specs = new ArrayList<>();
        ArrayNode normalized = body.putArray("containerDefinitions");
        Set<String> names = new HashSet<>();
        for (Input def : defs) {
            String name = def.string("name");
            if (name == null || name.isEmpty()) {
                throw EcsErrors.client("Container.name should not be null or empty.");
            }
            if (!names.add(name)) {
                throw EcsErrors.client("Duplicate container name: " + name + ".");
            }
            String image = def.string("image");
            if (image == null || image.isEmpty()) {
                throw EcsErrors.client("Container.image should not be null or empty.");
            }
            Integer memory = def.integer("memory");
            Integer reservation = def.integer("memoryReservation");
            if (taskMemory == null && memory == null && reservation == null) {
                throw EcsErrors.client("Invalid setting for container '" + name
                        + "'. At least one of 'memory' or 'memoryReservation' must be specified.");
            }
            ObjectNode c = def.node().deepCopy();
            c.put("cpu", def.integer("cpu", 0));
            c.put("essential", def.bool("essential", true));
            ArrayNode ports = c.putArray("portMappings");
            List<ContainerSpec.PortMapping> mappings = new ArrayList<>();
            for (Input p : def.list("portMappings")) {
                int containerPort = p.integer("containerPort", 0);
                int hostPort = p.integer("hostPort", networkMode.equals("bridge") ? 0 : containerPort);
                String protocol = p.string("protocol", "tcp");
                ObjectNode mapping = p.node().deepCopy();
                mapping.put("containerPort", containerPort).put("hostPort", hostPort).put("protocol", protocol);
                ports.add(mapping);
                mappings.add(new ContainerSpec.PortMapping(containerPort, hostPort, protocol));
            }
            for (String list : List.of("environment", "mountPoints", "volumesFrom", "systemControls")) {
                if (!c.has(list)) {
                    c.putArray(list);
                }
            }
            normalized.add(c);
            Map<String, String> labels = new HashMap<>();
            def.object("dockerLabels").node().fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            Workload workload;
            try {
                workload = Workload.of(image, labels);
            } catch (IllegalArgumentException e) {
                throw EcsErrors.client("Invalid dockerLabels for container '" + name + "': " + e.getMessage());
            }
            ContainerSpec.HealthCheck health = def.has("healthCheck")
                    ? new ContainerSpec.HealthCheck(def.object("healthCheck").integer("interval", 30),
                    def.object("healthCheck").integer("startPeriod", 0))
                    : null;
            specs.add(new ContainerSpec(name, image, def.bool("essential", true), def.integer("cpu", 0), memory, reservation,
                    List.copyOf(mappings), logTarget(def), health, workload,
                    new LogLines(family, workload.logStyle(), workload.errorRate())));
        }
        if (specs.stream().noneMatch(ContainerSpec::essential)) {
            throw EcsErrors.client("A task definition must have at least one essential container.");
        }
        return specs;
    }

    /**
     * Checks {@code volumes} as ECS does (unique names, one kind each, an EFS file system with transit
     * encryption where access points or IAM need it, nothing Fargate cannot mount) and answers their names.
     */
    private static Set<String> volumes(Input in, boolean fargate) {
        Set<String> names = new HashSet<>();
        for (Input v : in.list("volumes")) {
            String name = v.string("name");
            if (name == null || name.isEmpty() || !names.add(name)) {
                throw EcsErrors.client("Each volume needs a unique, non-empty name.");
            }
            int kinds = (v.has("host") ? 1 : 0) + (v.has("dockerVolumeConfiguration") ? 1 : 0)
                    + (v.has("efsVolumeConfiguration") ? 1 : 0);
            if (kinds > 1) {
                throw EcsErrors.client("Volume '" + name + "' can have only one of host, dockerVolumeConfiguration and "
                        + "efsVolumeConfiguration.");
            }
            if (fargate && v.has("dockerVolumeConfiguration")) {
                throw EcsErrors.client("Volume '" + name + "': Docker volumes are not supported by Fargate tasks.");
            }
            if (fargate && v.object("host").string("sourcePath") != null) {
                throw EcsErrors.client("Volume '" + name + "': Fargate tasks support bind mounts without a host sourcePath only.");
            }
            if (v.has("efsVolumeConfiguration")) {
                Input efs = v.object("efsVolumeConfiguration");
                if (efs.string("fileSystemId") == null) {
                    throw EcsErrors.client("Volume '" + name + "': efsVolumeConfiguration.fileSystemId is required.");
                }
                Input auth = efs.object("authorizationConfig");
                boolean needsTls = auth.string("accessPointId") != null || "ENABLED".equals(auth.string("iam"));
                if (needsTls && !"ENABLED".equals(efs.string("transitEncryption"))) {
                    throw EcsErrors.client("Volume '" + name + "': transit encryption must be enabled when an access point or "
                            + "IAM authorization is used.");
                }
            }
        }
        return names;
    }

    /** Mount points must name a volume of the definition; secrets need names, sources and an execution role. */
    private static void checkMountsAndSecrets(Input in, Set<String> volumes) {
        for (Input def : in.list("containerDefinitions")) {
            for (Input mount : def.list("mountPoints")) {
                String source = mount.string("sourceVolume");
                if (source == null || !volumes.contains(source)) {
                    throw EcsErrors.client("Invalid mount point in container '" + def.string("name") + "': unknown volume '"
                            + source + "'.");
                }
                if (mount.string("containerPath") == null) {
                    throw EcsErrors.client("Invalid mount point in container '" + def.string("name") + "': containerPath is required.");
                }
            }
            for (Input secret : def.list("secrets")) {
                if (secret.string("name") == null || secret.string("valueFrom") == null) {
                    throw EcsErrors.client("Each secret of container '" + def.string("name") + "' needs a name and a valueFrom.");
                }
            }
            if (!def.list("secrets").isEmpty() && !in.has("executionRoleArn")) {
                throw EcsErrors.client("When you are specifying container secrets, you must also specify a value for "
                        + "'executionRoleArn'.");
            }
        }
    }

    private static ContainerSpec.LogTarget logTarget(Input def) {
        Input log = def.object("logConfiguration");
        if (!"awslogs".equals(log.string("logDriver"))) {
            return null;
        }
        Input options = log.object("options");
        String group = options.string("awslogs-group");
        if (group == null || group.isEmpty()) {
            throw EcsErrors.client("Log driver awslogs option 'awslogs-group' should not be null or empty.");
        }
        return new ContainerSpec.LogTarget(group, options.string("awslogs-stream-prefix"), options.string("awslogs-region"));
    }

    private static void checkFargate(String networkMode, Integer cpu, Integer memory, boolean awslogsWithoutRole) {
        if (!networkMode.equals("awsvpc")) {
            throw EcsErrors.client("Fargate only supports network mode 'awsvpc'.");
        }
        if (cpu == null) {
            throw EcsErrors.client("Fargate requires that 'cpu' be defined at the task level.");
        }
        if (memory == null) {
            throw EcsErrors.client("Fargate requires that 'memory' be defined at the task level.");
        }
        int[] sizes = FARGATE_SIZES.get(cpu);
        if (sizes == null || memory < sizes[0] || memory > sizes[1] || (memory - sizes[0]) % sizes[2] != 0) {
            throw EcsErrors.client("No Fargate configuration exists for given values: " + cpu + " CPU, " + memory
                    + " memory. See the Amazon ECS documentation for the valid values.");
        }
        if (awslogsWithoutRole) {
            throw EcsErrors.client("Fargate requires task definition to have execution role ARN to support log driver awslogs.");
        }
    }

    /** "1 vCPU" → 1024, "2 GB" → 2048, "512" → 512. */
    private static Integer size(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("vcpu")) {
                return (int) Math.round(Double.parseDouble(t.substring(0, t.length() - 4).trim()) * 1024);
            }
            if (t.endsWith("gb")) {
                return (int) Math.round(Double.parseDouble(t.substring(0, t.length() - 2).trim()) * 1024);
            }
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw EcsErrors.client("Invalid '" + field + "' setting for task: " + text);
        }
    }

    private static ArrayNode requiredAttributes(Input in, List<ContainerSpec> specs, String networkMode) {
        Set<String> names = new LinkedHashSet<>();
        if (specs.stream().anyMatch(s -> s.logs() != null)) {
            names.add("com.amazonaws.ecs.capability.logging-driver.awslogs");
            names.add("com.amazonaws.ecs.capability.docker-remote-api.1.19");
            if (in.has("executionRoleArn")) {
                names.add("ecs.capability.execution-role-awslogs");
            }
        }
        if (in.has("taskRoleArn")) {
            names.add("com.amazonaws.ecs.capability.task-iam-role");
        }
        if (networkMode.equals("awsvpc")) {
            names.add("ecs.capability.task-eni");
            names.add("com.amazonaws.ecs.capability.docker-remote-api.1.18");
        }
        if (specs.stream().anyMatch(s -> s.health() != null)) {
            names.add("ecs.capability.container-health-check");
            names.add("com.amazonaws.ecs.capability.docker-remote-api.1.24");
        }
        ArrayNode out = Json.array();
        names.forEach(n -> out.addObject().put("name", n));
        return out;
    }

    private JsonNode deregister(Call call) {
        String ref = call.input().requireString("taskDefinition");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.write(() -> {
            String resource = Arns.resource(ref, ecs.region());
            if (resource != null && !resource.contains(":")) {
                throw EcsErrors.invalid("The task definition must name a revision: family:revision or its full ARN.");
            }
            TaskDefinition td = ecs.taskDefinitions.find(ref);
            if (td == null) {
                throw EcsErrors.client("The specified task definition does not exist.");
            }
            if (td.active()) {
                td.status = "INACTIVE";
                td.deregisteredAt = ecs.now();
            }
            ObjectNode out = Json.object();
            out.set("taskDefinition", td.toJson());
            return out;
        });
    }

    private JsonNode describe(Call call) {
        Input in = call.input();
        String ref = in.requireString("taskDefinition");
        Set<String> include = Requests.include(in, Set.of("TAGS"));
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            TaskDefinition td = ecs.taskDefinitions.find(ref);
            if (td == null) {
                throw EcsErrors.client("Unable to describe task definition.");
            }
            ObjectNode out = Json.object();
            out.set("taskDefinition", td.toJson());
            if (include.contains("TAGS")) {
                out.set("tags", Tags.toJson(td.tags));
            }
            return out;
        });
    }

    private JsonNode list(Call call) {
        Input in = call.input();
        String family = in.string("familyPrefix");
        String status = in.string("status", "ACTIVE");
        if (!Set.of("ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS").contains(status)) {
            throw in.invalid("status must be ACTIVE, INACTIVE or DELETE_IN_PROGRESS.");
        }
        String sort = in.string("sort", "ASC");
        if (!sort.equals("ASC") && !sort.equals("DESC")) {
            throw in.invalid("sort must be ASC or DESC.");
        }
        boolean descending = sort.equals("DESC");
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            List<TaskDefinition> matching = new ArrayList<>();
            for (TaskDefinition td : ecs.taskDefinitions.all()) {
                if ((family == null || td.family.equals(family)) && td.status.equals(status)) {
                    matching.add(td);
                }
            }
            Comparator<String> order = descending ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder();
            if (descending) {
                Collections.reverse(matching);
            }
            Pages.Page<TaskDefinition> page = pages.of(matching, td -> td.family + ":" + String.format("%09d", td.revision),
                    order, in, "taskDefinitions-" + sort, 100, 100);
            return Requests.page("taskDefinitionArns", page, td -> td.arn);
        });
    }

    private JsonNode families(Call call) {
        Input in = call.input();
        String prefix = in.string("familyPrefix", "");
        String status = in.string("status", "ACTIVE");
        if (!Set.of("ACTIVE", "INACTIVE", "ALL").contains(status)) {
            throw in.invalid("status must be ACTIVE, INACTIVE or ALL.");
        }
        EcsState ecs = world.region(call.region()).ecs();
        return ecs.read(() -> {
            Pages.Page<List<TaskDefinition>> page = pages.of(ecs.taskDefinitions.families(), revisions -> {
                String name = revisions.get(0).family;
                boolean anyActive = revisions.stream().anyMatch(TaskDefinition::active);
                return name.startsWith(prefix) && switch (status) {
                    case "ACTIVE" -> anyActive;
                    case "INACTIVE" -> !anyActive;
                    default -> true;
                };
            }, in, "families", 100, 100);
            return Requests.page("families", page, revisions -> revisions.get(0).family);
        });
    }
}
