package dev.berth.sandbox.ecs;

import dev.berth.sandbox.sim.Subnets;
import java.util.SplittableRandom;

/**
 * Where tasks land: subnets map to availability zones as the region's {@link Subnets} say, awsvpc
 * tasks get a private address in their zone's range, and EC2 tasks go to the connected container
 * instance with the most free memory that fits them.
 */
final class Placement {
    private final Subnets subnets;
    private final SplittableRandom random;

    Placement(Subnets subnets, SplittableRandom random) {
        this.subnets = subnets;
        this.random = random;
    }

    String availabilityZone(String subnet) {
        return subnets.availabilityZone(subnet);
    }

    String zone(int index) {
        return subnets.zone(index);
    }

    /** An address in 10.0.0.0/16, in the quarter of it that belongs to the zone. */
    int privateIp(String availabilityZone) {
        int zone = subnets.indexOf(availabilityZone);
        int third = zone * 64 + random.nextInt(64);
        int fourth = random.nextInt(4, 251);
        return (10 << 24) | (third << 8) | fourth;
    }

    /** The instance with the most free memory that has room for the task and a connected agent, or null. */
    static ContainerInstance instanceFor(Cluster cluster, TaskDefinition definition) {
        ContainerInstance best = null;
        for (ContainerInstance i : cluster.instances.values()) {
            if (i.agentConnected && i.fits(definition.reservedCpu(), definition.reservedMemory())
                    && (best == null || i.memory - i.usedMemory > best.memory - best.usedMemory)) {
                best = i;
            }
        }
        return best;
    }

    /** What RunTask and the service events say when no instance fits: the resource the closest one lacks. */
    static String shortage(Cluster cluster, TaskDefinition definition) {
        ContainerInstance closest = null;
        for (ContainerInstance i : cluster.instances.values()) {
            if (closest == null || i.memory - i.usedMemory > closest.memory - closest.usedMemory) {
                closest = i;
            }
        }
        if (closest == null) {
            return null;
        }
        return closest.memory - closest.usedMemory < definition.reservedMemory() ? "memory" : "cpu";
    }

    static String privateDnsName(String region, String ip) {
        String host = "ip-" + ip.replace('.', '-');
        return region.equals("us-east-1") ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }
}
