package dev.berth.sandbox.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.wire.JsonCodec;
import java.util.List;

/**
 * What sits around the demo's prod services, built through the ELB and Cloud Map APIs: an
 * internet-facing ALB for the web front (and, on another port, the storefront's blue/green split
 * 90/10), an internal ALB for the catalog API, and the private DNS namespace {@code prod.internal}
 * with the services ECS registers tasks in.
 */
final class DemoEdges {
    /** Targets drain this long in the demo (ELB's default is five minutes). */
    private static final int DRAIN_SECONDS = 30;

    private final LocalCalls calls;
    private final String vpc;
    private String namespaceId;

    DemoEdges(LocalCalls calls, String vpc) {
        this.calls = calls;
        this.vpc = vpc;
    }

    /** Creates an application load balancer; answers its ARN. */
    String loadBalancer(String name, String scheme, List<String> subnets, String securityGroup) {
        ObjectNode req = JsonCodec.MAPPER.createObjectNode().put("Name", name).put("Scheme", scheme).put("Type", "application");
        subnets.forEach(req.putArray("Subnets")::add);
        req.putArray("SecurityGroups").add(securityGroup);
        return call("CreateLoadBalancer", req).get("LoadBalancers").get(0).get("LoadBalancerArn").asText();
    }

    /** Creates an ip target group checking {@code path} every 10 s (2 passes healthy, 3 failures unhealthy). */
    String targetGroup(String name, int port, String path) {
        ObjectNode req = JsonCodec.MAPPER.createObjectNode().put("Name", name).put("Protocol", "HTTP").put("Port", port)
                .put("VpcId", vpc).put("TargetType", "ip").put("HealthCheckPath", path).put("HealthCheckIntervalSeconds", 10)
                .put("HealthCheckTimeoutSeconds", 5).put("HealthyThresholdCount", 2).put("UnhealthyThresholdCount", 3);
        String arn = call("CreateTargetGroup", req).get("TargetGroups").get(0).get("TargetGroupArn").asText();
        ObjectNode attrs = JsonCodec.MAPPER.createObjectNode().put("TargetGroupArn", arn);
        attrs.putArray("Attributes").addObject().put("Key", "deregistration_delay.timeout_seconds")
                .put("Value", Integer.toString(DRAIN_SECONDS));
        call("ModifyTargetGroupAttributes", attrs);
        return arn;
    }

    /** A listener forwarding to target groups with weights (given as ARN, weight, ARN, weight, ...). */
    void listener(String loadBalancerArn, int port, Object... arnsAndWeights) {
        ObjectNode req = JsonCodec.MAPPER.createObjectNode().put("LoadBalancerArn", loadBalancerArn).put("Protocol", "HTTP")
                .put("Port", port);
        ObjectNode forward = req.putArray("DefaultActions").addObject().put("Type", "forward").putObject("ForwardConfig");
        var groups = forward.putArray("TargetGroups");
        for (int i = 0; i < arnsAndWeights.length; i += 2) {
            groups.addObject().put("TargetGroupArn", (String) arnsAndWeights[i]).put("Weight", (Integer) arnsAndWeights[i + 1]);
        }
        call("CreateListener", req);
    }

    /** Creates the private DNS namespace every later {@link #registry} goes into. */
    void namespace(String name) {
        String op = calls.discovery("CreatePrivateDnsNamespace", "{\"Name\": \"" + name + "\", \"Vpc\": \"" + vpc
                + "\", \"Properties\": {\"DnsProperties\": {\"SOA\": {\"TTL\": 60}}}}").get("OperationId").asText();
        namespaceId = calls.discovery("GetOperation", "{\"OperationId\": \"" + op + "\"}")
                .get("Operation").get("Targets").get("NAMESPACE").asText();
    }

    /** A Cloud Map service with custom health (reported by ECS) answering one record type; answers its ARN. */
    String registry(String name, String recordType, int ttl) {
        return calls.discovery("CreateService", "{\"Name\": \"" + name + "\", \"NamespaceId\": \"" + namespaceId
                + "\", \"DnsConfig\": {\"RoutingPolicy\": \"MULTIVALUE\", \"DnsRecords\": [{\"Type\": \"" + recordType
                + "\", \"TTL\": " + ttl + "}]}, \"HealthCheckCustomConfig\": {\"FailureThreshold\": 1}}")
                .get("Service").get("Arn").asText();
    }

    /** A CPU or memory alarm on an ECS service's AWS/ECS metric: three one-minute averages above the threshold. */
    void serviceAlarm(String cluster, String service, String metric, double threshold) {
        String name = cluster + "-" + service + "-" + (metric.startsWith("CPU") ? "cpu" : "memory") + "-high";
        calls.cloudWatch("PutMetricAlarm", "{\"AlarmName\": \"" + name + "\", \"AlarmDescription\": \"" + metric + " of "
                + service + " above " + (int) threshold + "% for 3 minutes\", \"Namespace\": \"AWS/ECS\", \"MetricName\": \""
                + metric + "\", \"Dimensions\": [{\"Name\": \"ClusterName\", \"Value\": \"" + cluster + "\"}, {\"Name\": "
                + "\"ServiceName\", \"Value\": \"" + service + "\"}], \"Statistic\": \"Average\", \"Period\": 60, "
                + "\"EvaluationPeriods\": 3, \"Threshold\": " + threshold + ", \"ComparisonOperator\": \"GreaterThanThreshold\", "
                + "\"AlarmActions\": [\"arn:aws:sns:" + calls.region().name() + ":" + calls.region().account() + ":oncall\"]}");
    }

    private JsonNode call(String operation, ObjectNode body) {
        return calls.elb(operation, body.toString());
    }
}
