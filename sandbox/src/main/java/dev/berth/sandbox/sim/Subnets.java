package dev.berth.sandbox.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * The region's subnets as every service sees them: the first subnet anyone names is in zone a, the
 * next in b, then c, so a task and the load balancer in front of it agree on its availability zone.
 */
public final class Subnets {
    private static final String ZONES = "abc";
    private final String region;
    private final Map<String, Integer> zoneOfSubnet = new HashMap<>();

    Subnets(String region) {
        this.region = region;
    }

    public synchronized String availabilityZone(String subnet) {
        return zone(zoneOfSubnet.computeIfAbsent(subnet, s -> zoneOfSubnet.size() % ZONES.length()));
    }

    /** The region's zone number {@code index} (0 is a), wrapping around its three zones. */
    public String zone(int index) {
        return region + ZONES.charAt(index % ZONES.length());
    }

    /** The zone's position (a is 0), or 0 for a name that is not one of the region's zones. */
    public int indexOf(String availabilityZone) {
        return Math.max(0, ZONES.indexOf(availabilityZone.charAt(availabilityZone.length() - 1)));
    }
}
