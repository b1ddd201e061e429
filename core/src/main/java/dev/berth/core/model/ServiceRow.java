package dev.berth.core.model;

/**
 * One row of a cluster's service list. ListServices gives the name at once; {@code service} is
 * null until DescribeServices has answered for it (rows on screen are described first).
 */
public record ServiceRow(String arn, String name, Service service) {
    public ServiceRow {
        Checks.require(arn, "arn");
        Checks.require(name, "name");
    }

    public boolean described() {
        return service != null;
    }
}
