package dev.berth.desktop.fx;

/** A service by its cluster and name: what the models of a service's detail tabs {@link Follower follow}. */
public record ServiceKey(String cluster, String service) {
}
