package dev.berth.sandbox.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** One container of a task: its state and, once it exited, its exit code and reason. */
final class Container {
    final ContainerSpec spec;
    String lastStatus = "PENDING";
    Integer exitCode;
    String reason;
    String health = "UNKNOWN";
    boolean started;
    /** Ground truth of its awslogs stream, once started. */
    ContainerLogs.Written written;
    /** First host port of its bridge-mode bindings on an EC2 instance, 0 when none. */
    int hostPortBase;

    Container(ContainerSpec spec) {
        this.spec = spec;
    }

    boolean running() {
        return lastStatus.equals("RUNNING");
    }

    void start() {
        lastStatus = "RUNNING";
        started = true;
    }

    void exited(Integer code, String why) {
        lastStatus = "STOPPED";
        exitCode = code;
        reason = why;
    }

    /**
     * The host port a bridge-mode mapping is bound to: its fixed host port, else the next of the
     * instance's dynamic ports in mapping order; the container port itself when not bound on a host.
     */
    int hostPort(int containerPort) {
        if (hostPortBase == 0) {
            return containerPort;
        }
        int dynamic = 0;
        for (ContainerSpec.PortMapping p : spec.ports()) {
            if (p.containerPort() == containerPort) {
                return p.hostPort() > 0 ? p.hostPort() : hostPortBase + dynamic;
            }
            if (p.hostPort() == 0) {
                dynamic++;
            }
        }
        return containerPort;
    }

    ObjectNode toJson(Task task) {
        ObjectNode out = Json.object();
        // Derived from the task id so 50,000 tasks need not store another id each.
        String id = UUID.nameUUIDFromBytes((task.id + "/" + spec.name()).getBytes(StandardCharsets.UTF_8)).toString();
        out.put("containerArn", task.cluster.region().arn("ecs", "container/" + task.cluster.name + "/" + task.id + "/" + id));
        out.put("taskArn", task.arn());
        out.put("name", spec.name());
        out.put("image", spec.image());
        if (task.pullStoppedAt > 0) {
            out.put("imageDigest", digest(spec.image()));
        }
        if (started) {
            out.put("runtimeId", task.id + "-" + Integer.toUnsignedString(spec.name().hashCode() & 0x7fffffff));
        }
        out.put("lastStatus", lastStatus);
        if (exitCode != null) {
            out.put("exitCode", exitCode);
        }
        if (reason != null) {
            out.put("reason", reason);
        }
        ArrayNode bindings = out.putArray("networkBindings");
        if (hostPortBase > 0) {
            for (ContainerSpec.PortMapping p : spec.ports()) {
                bindings.addObject().put("bindIP", "0.0.0.0").put("containerPort", p.containerPort())
                        .put("hostPort", hostPort(p.containerPort())).put("protocol", p.protocol());
            }
        }
        ArrayNode interfaces = out.putArray("networkInterfaces");
        if (task.privateIp != 0) {
            interfaces.addObject().put("attachmentId", task.attachmentId()).put("privateIpv4Address", task.privateIpText());
        }
        out.put("healthStatus", health);
        out.put("cpu", Integer.toString(spec.cpu()));
        if (spec.memory() != null) {
            out.put("memory", spec.memory().toString());
        }
        if (spec.memoryReservation() != null) {
            out.put("memoryReservation", spec.memoryReservation().toString());
        }
        return out;
    }

    private static String digest(String image) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(image.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
