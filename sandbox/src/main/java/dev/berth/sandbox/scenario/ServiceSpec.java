package dev.berth.sandbox.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.util.List;

/**
 * One service as the scenarios describe it.
 *
 * @param spot             on Fargate Spot (capacity provider FARGATE_SPOT) rather than launch type FARGATE
 * @param subnets          the cluster's subnets for Fargate services, empty for EC2 bridge services
 * @param circuitBreaker   deployment circuit breaker with rollback
 */
record ServiceSpec(String cluster, String name, String taskDefinition, int desiredCount, boolean fargate,
                   boolean spot, List<String> subnets, boolean circuitBreaker, String team, String env) {

    /** The security group a cluster's scenario services run in. */
    static String securityGroup(String cluster) {
        return "sg-0" + Integer.toHexString(Math.abs(cluster.hashCode())) + "a1b2c3";
    }

    /** The CreateService request. */
    ObjectNode create() {
        ObjectNode req = JsonCodec.MAPPER.createObjectNode();
        req.put("cluster", cluster);
        req.put("serviceName", name);
        req.put("taskDefinition", taskDefinition);
        req.put("desiredCount", desiredCount);
        if (spot) {
            req.putArray("capacityProviderStrategy").addObject().put("capacityProvider", "FARGATE_SPOT").put("weight", 1);
        } else {
            req.put("launchType", fargate ? "FARGATE" : "EC2");
        }
        if (fargate) {
            ObjectNode vpc = req.putObject("networkConfiguration").putObject("awsvpcConfiguration");
            subnets.forEach(vpc.putArray("subnets")::add);
            vpc.putArray("securityGroups").add(securityGroup(cluster));
            vpc.put("assignPublicIp", "DISABLED");
        }
        ObjectNode deployment = req.putObject("deploymentConfiguration");
        deployment.put("maximumPercent", 200).put("minimumHealthyPercent", 100);
        deployment.putObject("deploymentCircuitBreaker").put("enable", circuitBreaker).put("rollback", circuitBreaker);
        req.put("propagateTags", "SERVICE");
        req.put("enableECSManagedTags", true);
        var tags = req.putArray("tags");
        tags.addObject().put("key", "team").put("value", team);
        tags.addObject().put("key", "env").put("value", env);
        return req;
    }
}
