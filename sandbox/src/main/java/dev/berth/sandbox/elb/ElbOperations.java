package dev.berth.sandbox.elb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.sandbox.ecs.workload.HealthCheckAnswer;
import dev.berth.sandbox.sim.World;
import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;
import dev.berth.sandbox.wire.Operation;
import dev.berth.sandbox.wire.TokenPaging;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ELBv2 operations Berth and the scenarios need: load balancers, target groups (with their
 * attributes), listeners forwarding to one or several weighted target groups, targets registered by
 * hand, and target health. Answers in AWS's words and error codes.
 */
final class ElbOperations {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?");
    private static final Set<String> PROTOCOLS = Set.of("HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP");
    private static final TokenPaging PAGING = new TokenPaging("Marker", "NextMarker", "PageSize", 400, "ValidationError");
    private static final int MAX_NAMES = 20;

    private final World world;

    ElbOperations(World world) {
        this.world = world;
    }

    void register(Map<String, Operation> ops) {
        ops.put("CreateLoadBalancer", this::createLoadBalancer);
        ops.put("DescribeLoadBalancers", this::describeLoadBalancers);
        ops.put("CreateTargetGroup", this::createTargetGroup);
        ops.put("DescribeTargetGroups", this::describeTargetGroups);
        ops.put("ModifyTargetGroupAttributes", this::modifyAttributes);
        ops.put("DescribeTargetGroupAttributes", this::describeAttributes);
        ops.put("CreateListener", this::createListener);
        ops.put("ModifyListener", this::modifyListener);
        ops.put("DescribeListeners", this::describeListeners);
        ops.put("RegisterTargets", this::registerTargets);
        ops.put("DeregisterTargets", this::deregisterTargets);
        ops.put("DescribeTargetHealth", this::describeTargetHealth);
    }

    private ElbState elb(Call call) {
        return world.region(call.region()).elb();
    }

    private JsonNode createLoadBalancer(Call call) {
        Input in = call.input();
        String name = checkName(in.requireString("Name"), "Load balancer");
        if (name.startsWith("internal-")) {
            throw invalid("Load balancer names cannot begin with 'internal-'");
        }
        String type = in.string("Type", "application");
        if (!type.equals("application") && !type.equals("network")) {
            throw invalid("The sandbox simulates application and network load balancers, not " + type);
        }
        String scheme = in.string("Scheme", "internet-facing");
        if (!scheme.equals("internet-facing") && !scheme.equals("internal")) {
            throw invalid("Scheme must be internet-facing or internal");
        }
        List<String> subnets = in.strings("Subnets");
        ElbState elb = elb(call);
        return elb.write(() -> {
            long zones = subnets.stream().map(s -> elb.region().subnets().availabilityZone(s)).distinct().count();
            if (type.equals("application") && zones < 2) {
                throw invalid("At least two subnets in two different Availability Zones must be specified");
            }
            LoadBalancer lb = elb.loadBalancerNamed(name);
            if (lb == null) {
                String suffix = elb.ids().hex(16);
                String arn = elb.region().arn("elasticloadbalancing", "loadbalancer/" + (type.equals("network") ? "net" : "app")
                        + "/" + name + "/" + suffix);
                String dns = (scheme.equals("internal") ? "internal-" : "") + name + "-" + elb.ids().digits(10) + "."
                        + elb.region().name() + ".elb.amazonaws.com";
                lb = new LoadBalancer(arn, name, type, scheme, dns, elb.vpcId, subnets, in.strings("SecurityGroups"),
                        elb.ecs().now());
                elb.loadBalancers.put(arn, lb);
            }
            ObjectNode out = object();
            out.putArray("LoadBalancers").add(lb.toJson(elb.ecs().now(), elb.region().subnets()));
            return out;
        });
    }

    private JsonNode describeLoadBalancers(Call call) {
        Input in = call.input();
        List<String> arns = in.strings("LoadBalancerArns");
        List<String> names = in.strings("Names");
        checkFilters(arns, names, "LoadBalancerArns", "Names");
        ElbState elb = elb(call);
        return elb.read(() -> {
            List<LoadBalancer> chosen = new ArrayList<>();
            for (String arn : arns) {
                chosen.add(found(elb.loadBalancers.get(arn), "LoadBalancerNotFound", "One or more load balancers not found"));
            }
            for (String name : names) {
                chosen.add(found(elb.loadBalancerNamed(name), "LoadBalancerNotFound", "Load balancers '[" + name + "]' not found"));
            }
            if (arns.isEmpty() && names.isEmpty()) {
                chosen.addAll(elb.loadBalancers.values());
            }
            long now = elb.ecs().now();
            return PAGING.page(in, "LoadBalancers", "elb-loadbalancers", chosen, lb -> lb.arn, lb -> lb.toJson(now, elb.region().subnets()));
        });
    }

    private JsonNode createTargetGroup(Call call) {
        Input in = call.input();
        String name = checkName(in.requireString("Name"), "Target group");
        String targetType = in.string("TargetType", "instance");
        if (!targetType.equals("instance") && !targetType.equals("ip")) {
            throw invalid("The sandbox simulates instance and ip target groups, not " + targetType);
        }
        String protocol = in.string("Protocol");
        Integer port = in.integer("Port");
        if (protocol == null || port == null || !PROTOCOLS.contains(protocol)) {
            throw invalid("A protocol (" + String.join(", ", PROTOCOLS) + ") and a port must be specified");
        }
        if (port < 1 || port > 65_535) {
            throw invalid("Port must be between 1 and 65535");
        }
        String vpc = in.requireString("VpcId");
        HealthCheck health = HealthCheck.read(in, protocol);
        ElbState elb = elb(call);
        return elb.write(() -> {
            TargetGroup g = elb.targetGroupNamed(name);
            if (g == null) {
                String arn = elb.region().arn("elasticloadbalancing", "targetgroup/" + name + "/" + elb.ids().hex(16));
                g = new TargetGroup(arn, name, protocol, port, vpc, targetType, health);
                elb.targetGroups.put(arn, g);
            } else if (g.port != port || !g.protocol.equals(protocol) || !g.targetType.equals(targetType)) {
                throw AwsException.client("DuplicateTargetGroupName", "A target group with the same name '" + name
                        + "' exists, but with different settings");
            }
            ObjectNode out = object();
            out.putArray("TargetGroups").add(g.toJson(elb.loadBalancersOf(g)));
            return out;
        });
    }

    private JsonNode describeTargetGroups(Call call) {
        Input in = call.input();
        String lbArn = in.string("LoadBalancerArn");
        List<String> arns = in.strings("TargetGroupArns");
        List<String> names = in.strings("Names");
        checkFilters(arns, names, "TargetGroupArns", "Names");
        if (lbArn != null && (!arns.isEmpty() || !names.isEmpty())) {
            throw invalid("Load balancer ARN cannot be specified together with target group ARNs or names");
        }
        ElbState elb = elb(call);
        return elb.read(() -> {
            List<TargetGroup> chosen = new ArrayList<>();
            for (String arn : arns) {
                chosen.add(group(elb, arn));
            }
            for (String name : names) {
                chosen.add(found(elb.targetGroupNamed(name), "TargetGroupNotFound", "Target groups '[" + name + "]' not found"));
            }
            if (lbArn != null) {
                found(elb.loadBalancers.get(lbArn), "LoadBalancerNotFound", "Load balancer '" + lbArn + "' not found");
                elb.targetGroups.values().stream().filter(g -> elb.loadBalancersOf(g).contains(lbArn)).forEach(chosen::add);
            } else if (arns.isEmpty() && names.isEmpty()) {
                chosen.addAll(elb.targetGroups.values());
            }
            return PAGING.page(in, "TargetGroups", "elb-targetgroups", chosen, g -> g.arn, g -> g.toJson(elb.loadBalancersOf(g)));
        });
    }

    private JsonNode modifyAttributes(Call call) {
        Input in = call.input();
        String arn = in.requireString("TargetGroupArn");
        Map<String, String> changes = new LinkedHashMap<>();
        for (Input a : in.list("Attributes")) {
            String key = a.requireString("Key");
            if (!TargetGroup.DEFAULT_ATTRIBUTES.containsKey(key)) {
                throw invalid("Attribute key '" + key + "' is not recognized");
            }
            changes.put(key, a.string("Value", ""));
        }
        String delay = changes.get("deregistration_delay.timeout_seconds");
        if (delay != null && !delay.matches("\\d{1,4}") || delay != null && Integer.parseInt(delay) > 3600) {
            throw invalid("'deregistration_delay.timeout_seconds' must be an integer from 0 to 3600");
        }
        ElbState elb = elb(call);
        return elb.write(() -> {
            TargetGroup g = group(elb, arn);
            g.attributes.putAll(changes);
            return attributes(g);
        });
    }

    private JsonNode describeAttributes(Call call) {
        String arn = call.input().requireString("TargetGroupArn");
        ElbState elb = elb(call);
        return elb.read(() -> attributes(group(elb, arn)));
    }

    private static ObjectNode attributes(TargetGroup g) {
        ObjectNode out = object();
        ArrayNode list = out.putArray("Attributes");
        g.attributes.forEach((k, v) -> list.addObject().put("Key", k).put("Value", v));
        return out;
    }

    private JsonNode createListener(Call call) {
        Input in = call.input();
        String lbArn = in.requireString("LoadBalancerArn");
        Integer port = in.integer("Port");
        String protocol = in.string("Protocol", "HTTP");
        if (port == null || port < 1 || port > 65_535) {
            throw invalid("A listener port from 1 to 65535 must be specified");
        }
        if (!PROTOCOLS.contains(protocol)) {
            throw invalid("Protocol '" + protocol + "' is not supported");
        }
        ElbState elb = elb(call);
        return elb.write(() -> {
            LoadBalancer lb = found(elb.loadBalancers.get(lbArn), "LoadBalancerNotFound", "Load balancer '" + lbArn + "' not found");
            for (Listener l : elb.listeners.values()) {
                if (l.loadBalancerArn().equals(lbArn) && l.port() == port) {
                    throw AwsException.client("DuplicateListener", "A listener already exists on this port for this load balancer");
                }
            }
            Map<String, Integer> weights = forwardWeights(elb, in, lbArn);
            String arn = elb.region().arn("elasticloadbalancing", "listener/" + (lb.type.equals("network") ? "net" : "app") + "/"
                    + lb.name + "/" + lb.suffix() + "/" + elb.ids().hex(16));
            Listener l = new Listener(arn, lbArn, port, protocol, weights);
            elb.listeners.put(arn, l);
            ObjectNode out = object();
            out.putArray("Listeners").add(l.toJson());
            return out;
        });
    }

    private JsonNode modifyListener(Call call) {
        Input in = call.input();
        String arn = in.requireString("ListenerArn");
        ElbState elb = elb(call);
        return elb.write(() -> {
            Listener l = found(elb.listeners.get(arn), "ListenerNotFound", "One or more listeners not found");
            Listener changed = new Listener(l.arn(), l.loadBalancerArn(), in.integer("Port", l.port()), in.string("Protocol", l.protocol()),
                    in.has("DefaultActions") ? forwardWeights(elb, in, l.loadBalancerArn()) : l.weights());
            elb.listeners.put(arn, changed);
            ObjectNode out = object();
            out.putArray("Listeners").add(changed.toJson());
            return out;
        });
    }

    /** The target groups a forward action sends to, with weights; each must exist and serve no other load balancer. */
    private static Map<String, Integer> forwardWeights(ElbState elb, Input in, String lbArn) {
        List<Input> actions = in.list("DefaultActions");
        if (actions.size() != 1 || !"forward".equals(actions.get(0).string("Type"))) {
            throw invalid("The sandbox simulates listeners with one default action of type forward");
        }
        Input action = actions.get(0);
        Map<String, Integer> weights = new LinkedHashMap<>();
        if (action.has("ForwardConfig")) {
            for (Input tg : action.object("ForwardConfig").list("TargetGroups")) {
                int weight = tg.integer("Weight", 1);
                if (weight < 0 || weight > 999) {
                    throw invalid("Target group weights must be between 0 and 999");
                }
                weights.put(tg.requireString("TargetGroupArn"), weight);
            }
        } else {
            weights.put(action.requireString("TargetGroupArn"), 1);
        }
        if (weights.isEmpty()) {
            throw invalid("A forward action must name at least one target group");
        }
        for (String arn : weights.keySet()) {
            TargetGroup g = group(elb, arn);
            List<String> others = elb.loadBalancersOf(g).stream().filter(other -> !other.equals(lbArn)).toList();
            if (!others.isEmpty()) {
                throw AwsException.client("TargetGroupAssociationLimit", "The following target groups cannot be associated "
                        + "with more than one load balancer: " + arn);
            }
        }
        return weights;
    }

    private JsonNode describeListeners(Call call) {
        Input in = call.input();
        String lbArn = in.string("LoadBalancerArn");
        List<String> arns = in.strings("ListenerArns");
        if ((lbArn == null) == arns.isEmpty()) {
            throw invalid("You must specify either listener ARNs or a load balancer ARN");
        }
        ElbState elb = elb(call);
        return elb.read(() -> {
            List<Listener> chosen = new ArrayList<>();
            if (lbArn != null) {
                found(elb.loadBalancers.get(lbArn), "LoadBalancerNotFound", "Load balancer '" + lbArn + "' not found");
                elb.listeners.values().stream().filter(l -> l.loadBalancerArn().equals(lbArn)).forEach(chosen::add);
            }
            for (String arn : arns) {
                chosen.add(found(elb.listeners.get(arn), "ListenerNotFound", "One or more listeners not found"));
            }
            return PAGING.page(in, "Listeners", "elb-listeners", chosen, Listener::arn, Listener::toJson);
        });
    }

    private JsonNode registerTargets(Call call) {
        Input in = call.input();
        String arn = in.requireString("TargetGroupArn");
        List<Input> targets = targets(in);
        ElbState elb = elb(call);
        return elb.write(() -> {
            TargetGroup g = group(elb, arn);
            for (Input t : targets) {
                int port = t.integer("Port", g.port);
                // Nothing answers at an address registered by hand in the sandbox: its checks time out.
                elb.add(g, new Target(t.requireString("Id"), port, t.string("AvailabilityZone"), HealthCheckAnswer.TIMEOUT, null, null));
            }
            return object();
        });
    }

    private JsonNode deregisterTargets(Call call) {
        Input in = call.input();
        String arn = in.requireString("TargetGroupArn");
        List<Input> targets = targets(in);
        ElbState elb = elb(call);
        return elb.write(() -> {
            TargetGroup g = group(elb, arn);
            for (Input t : targets) {
                Target known = g.targets.get(Target.key(t.requireString("Id"), t.integer("Port", g.port)));
                if (known == null) {
                    throw AwsException.client("InvalidTarget", "The target " + t.string("Id") + " is not registered with the target group");
                }
                if (!known.state.equals("draining")) {
                    elb.drain(g, known);
                }
            }
            return object();
        });
    }

    private JsonNode describeTargetHealth(Call call) {
        Input in = call.input();
        String arn = in.requireString("TargetGroupArn");
        List<Input> filter = in.list("Targets");
        ElbState elb = elb(call);
        return elb.read(() -> {
            TargetGroup g = elb.targetGroups.get(arn);
            if (g == null) {
                throw AwsException.client("TargetGroupNotFound", "Target groups '" + arn + "' not found");
            }
            ObjectNode out = object();
            ArrayNode rows = out.putArray("TargetHealthDescriptions");
            if (filter.isEmpty()) {
                g.targets.values().forEach(t -> rows.add(t.toJson(g.healthCheck.port())));
            }
            for (Input f : filter) {
                String id = f.requireString("Id");
                int port = f.integer("Port", g.port);
                Target t = g.targets.get(Target.key(id, port));
                if (t == null) {
                    Target absent = new Target(id, port, null, HealthCheckAnswer.PASS, null, null);
                    absent.set("unused", "Target.NotRegistered", "Target is not registered to the target group");
                    t = absent;
                }
                rows.add(t.toJson(g.healthCheck.port()));
            }
            return out;
        });
    }

    private static List<Input> targets(Input in) {
        List<Input> targets = in.list("Targets");
        if (targets.isEmpty()) {
            throw invalid("At least one target must be specified");
        }
        return targets;
    }

    private static TargetGroup group(ElbState elb, String arn) {
        return found(elb.targetGroups.get(arn), "TargetGroupNotFound", "One or more target groups not found");
    }

    private static <T> T found(T value, String code, String message) {
        if (value == null) {
            throw AwsException.client(code, message);
        }
        return value;
    }

    private static void checkFilters(List<String> arns, List<String> names, String arnField, String nameField) {
        if (!arns.isEmpty() && !names.isEmpty()) {
            throw invalid(arnField + " and " + nameField + " cannot be specified together");
        }
        if (arns.size() > MAX_NAMES || names.size() > MAX_NAMES) {
            throw invalid("At most " + MAX_NAMES + " " + (arns.isEmpty() ? nameField : arnField) + " can be specified");
        }
    }

    private static String checkName(String name, String what) {
        if (!NAME.matcher(name).matches()) {
            throw invalid(what + " name '" + name + "' can have up to 32 alphanumeric characters and hyphens, and must "
                    + "not begin or end with a hyphen");
        }
        return name;
    }

    private static ObjectNode object() {
        return JsonCodec.MAPPER.createObjectNode();
    }

    private static AwsException invalid(String message) {
        return AwsException.client("ValidationError", message);
    }
}
