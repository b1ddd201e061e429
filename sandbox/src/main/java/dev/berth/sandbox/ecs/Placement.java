package dev.berth.sandbox.ecs;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where tasks land: subnets map to availability zones (the first subnet seen is zone a, the next b,
 * then c), awsvpc tasks get a private address in their zone's range, and EC2 tasks go to the container
 * instance with the most free memory that fits them.
 */
final class Placement {
    private static final String ZONES = "abc";
    private final String region;
    private final SplittableRandom random;
    private final Map<String, Integer> zoneOfSubnet = new HashMap<>();

    Placement(String region, SplittableRandom random) {
        this.region = region;
        this.random = random;
    }

    String availabilityZone(String subnet) {
        int index = zoneOfSubnet.computeIfAbsent(subnet, s -> zoneOfSubnet.size() % ZONES.length());
        return zone(index);
    }

    String zone(int index) {
        return region + ZONES.charAt(index % ZONES.length());
    }

    /** An address in 10.0.0.0/16, in the quarter of it that belongs to the zone. */
    int privateIp(String availabilityZone) {
        int zone = Math.max(0, ZONES.indexOf(availabilityZone.charAt(availabilityZone.length() - 1)));
        int third = zone * 64 + random.nextInt(64);
        int fourth = random.nextInt(4, 251);
        return (10 << 24) | (third << 8) | fourth;
    }

    /** The instance with the most free memory that has room for the task, or null. */
    static ContainerInstance instanceFor(Cluster cluster, TaskDefinition definition) {
        ContainerInstance best = null;
        for (ContainerInstance i : cluster.instances.values()) {
            if (i.fits(definition.reservedCpu(), definition.reservedMemory())
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
