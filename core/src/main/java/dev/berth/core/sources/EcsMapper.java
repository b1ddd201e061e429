package dev.berth.core.sources;

import dev.berth.core.json.SecretVariables;
import dev.berth.core.model.CapacityProviderShare;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.Container;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentSettings;
import dev.berth.core.model.LoadBalancerRef;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.NetworkSettings;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceConnectSettings;
import dev.berth.core.model.ServiceDeployment;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.ServiceRegistryRef;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import dev.berth.core.model.TaskSet;
import dev.berth.core.model.Volume;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.ClusterSetting;
import software.amazon.awssdk.services.ecs.model.DeploymentCircuitBreaker;
import software.amazon.awssdk.services.ecs.model.DeploymentConfiguration;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.LogConfiguration;
import software.amazon.awssdk.services.ecs.model.Resource;
import software.amazon.awssdk.services.ecs.model.ServiceConnectConfiguration;
import software.amazon.awssdk.services.ecs.model.Tag;

/** SDK ECS shapes to Berth records, in one place so the conversion is tested once. */
final class EcsMapper {
    private EcsMapper() {
    }

    static Cluster cluster(software.amazon.awssdk.services.ecs.model.Cluster c) {
        boolean insights = c.settings().stream()
                .anyMatch(s -> "containerInsights".equals(s.nameAsString()) && isOn(s));
        return new Cluster(c.clusterArn(), c.clusterName(), c.status(), n(c.activeServicesCount()),
                n(c.runningTasksCount()), n(c.pendingTasksCount()), n(c.registeredContainerInstancesCount()),
                insights, tags(c.tags()));
    }

    private static boolean isOn(ClusterSetting s) {
        return "enabled".equalsIgnoreCase(s.value()) || "enhanced".equalsIgnoreCase(s.value());
    }

    static Service service(software.amazon.awssdk.services.ecs.model.Service s) {
        return new Service(s.serviceArn(), s.serviceName(), s.clusterArn(), s.status(), n(s.desiredCount()),
                n(s.runningCount()), n(s.pendingCount()), s.taskDefinition(), s.launchTypeAsString(),
                s.capacityProviderStrategy().stream()
                        .map(i -> new CapacityProviderShare(i.capacityProvider(), n(i.weight()), n(i.base()))).toList(),
                settings(s.deploymentConfiguration()),
                s.deployments().stream().map(EcsMapper::deployment).toList(),
                s.events().stream().filter(e -> e.createdAt() != null && e.message() != null)
                        .map(e -> new ServiceEvent(e.id(), e.createdAt(), e.message())).toList(),
                network(s.networkConfiguration() == null ? null : s.networkConfiguration().awsvpcConfiguration()),
                s.loadBalancers().stream().map(l -> new LoadBalancerRef(l.targetGroupArn(), l.loadBalancerName(),
                        l.containerName(), l.containerPort())).toList(),
                s.healthCheckGracePeriodSeconds(),
                s.deploymentController() == null ? "ECS" : s.deploymentController().typeAsString(),
                s.createdAt(), tags(s.tags()),
                s.taskSets().stream().map(EcsMapper::taskSet).toList(),
                s.serviceRegistries().stream().map(r -> new ServiceRegistryRef(r.registryArn(), r.port(), r.containerName(),
                        r.containerPort())).toList(),
                serviceConnect(s));
    }

    /** The Service Connect settings the primary deployment runs with, or null. */
    private static ServiceConnectSettings serviceConnect(software.amazon.awssdk.services.ecs.model.Service s) {
        ServiceConnectConfiguration c = s.deployments().stream().filter(d -> "PRIMARY".equals(d.status()))
                .map(software.amazon.awssdk.services.ecs.model.Deployment::serviceConnectConfiguration)
                .filter(x -> x != null).findFirst().orElse(null);
        if (c == null) {
            return null;
        }
        return new ServiceConnectSettings(Boolean.TRUE.equals(c.enabled()), c.namespace(), c.services().stream()
                .map(e -> new ServiceConnectSettings.Endpoint(e.portName(), e.discoveryName(), e.clientAliases().stream()
                        .map(a -> new ServiceConnectSettings.ClientAlias(a.dnsName(), n(a.port()))).toList()))
                .toList());
    }

    static TaskSet taskSet(software.amazon.awssdk.services.ecs.model.TaskSet t) {
        return new TaskSet(t.id(), t.taskSetArn(), t.status(), t.taskDefinition(), t.launchTypeAsString(),
                t.capacityProviderStrategy().stream()
                        .map(i -> new CapacityProviderShare(i.capacityProvider(), n(i.weight()), n(i.base()))).toList(),
                n(t.computedDesiredCount()), n(t.runningCount()), n(t.pendingCount()),
                t.scale() == null || t.scale().value() == null ? 100 : t.scale().value(), t.stabilityStatusAsString(),
                t.stabilityStatusAt(), t.externalId(),
                t.loadBalancers().stream().map(l -> new LoadBalancerRef(l.targetGroupArn(), l.loadBalancerName(),
                        l.containerName(), l.containerPort())).toList(),
                t.createdAt(), t.updatedAt());
    }

    private static DeploymentSettings settings(DeploymentConfiguration c) {
        if (c == null) {
            return new DeploymentSettings(100, 200, false, false);
        }
        DeploymentCircuitBreaker cb = c.deploymentCircuitBreaker();
        return new DeploymentSettings(c.minimumHealthyPercent() == null ? 100 : c.minimumHealthyPercent(),
                c.maximumPercent() == null ? 200 : c.maximumPercent(),
                cb != null && Boolean.TRUE.equals(cb.enable()), cb != null && Boolean.TRUE.equals(cb.rollback()));
    }

    static Deployment deployment(software.amazon.awssdk.services.ecs.model.Deployment d) {
        return new Deployment(d.id(), d.status(), d.taskDefinition(), n(d.desiredCount()), n(d.runningCount()),
                n(d.pendingCount()), n(d.failedTasks()), d.rolloutStateAsString(), d.rolloutStateReason(),
                d.createdAt(), d.updatedAt());
    }

    private static NetworkSettings network(AwsVpcConfiguration v) {
        if (v == null) {
            return NetworkSettings.NONE;
        }
        return new NetworkSettings(v.subnets(), v.securityGroups(), "ENABLED".equals(v.assignPublicIpAsString()));
    }

    static Task task(software.amazon.awssdk.services.ecs.model.Task t) {
        return new Task(t.taskArn(), lastSegment(t.taskArn()), t.clusterArn(), t.taskDefinitionArn(), t.group(),
                t.startedBy(), t.lastStatus(), t.desiredStatus(), t.healthStatusAsString(), t.launchTypeAsString(),
                t.capacityProviderName(), t.availabilityZone(), privateIp(t), t.containerInstanceArn(), t.cpu(),
                t.memory(), t.createdAt(), t.startedAt(), t.stoppingAt(), t.stoppedAt(), t.stopCodeAsString(),
                t.stoppedReason(),
                t.containers().stream().map(c -> new Container(c.name(), c.image(), c.lastStatus(), c.exitCode(),
                        c.reason(), c.healthStatusAsString(), c.runtimeId(), c.cpu(), c.memory())).toList(),
                eniDetail(t, "networkInterfaceId"), eniDetail(t, "subnetId"));
    }

    /** A detail of the task's elastic network interface attachment (awsvpc), or null. */
    private static String eniDetail(software.amazon.awssdk.services.ecs.model.Task t, String name) {
        return t.attachments().stream()
                .filter(a -> "ElasticNetworkInterface".equals(a.type()))
                .flatMap(a -> a.details().stream())
                .filter(kv -> name.equals(kv.name()))
                .map(KeyValuePair::value)
                .findFirst().orElse(null);
    }

    private static String privateIp(software.amazon.awssdk.services.ecs.model.Task t) {
        return t.containers().stream()
                .flatMap(c -> c.networkInterfaces().stream())
                .map(software.amazon.awssdk.services.ecs.model.NetworkInterface::privateIpv4Address)
                .filter(ip -> ip != null && !ip.isEmpty())
                .findFirst()
                .orElseGet(() -> t.attachments().stream()
                        .flatMap(a -> a.details().stream())
                        .filter(kv -> "privateIPv4Address".equals(kv.name()))
                        .map(KeyValuePair::value)
                        .findFirst().orElse(null));
    }

    static ContainerInstance containerInstance(software.amazon.awssdk.services.ecs.model.ContainerInstance ci) {
        String az = ci.attributes().stream().filter(a -> "ecs.availability-zone".equals(a.name()))
                .map(software.amazon.awssdk.services.ecs.model.Attribute::value).findFirst().orElse(null);
        return new ContainerInstance(ci.containerInstanceArn(), ci.ec2InstanceId(), ci.status(),
                Boolean.TRUE.equals(ci.agentConnected()),
                ci.versionInfo() == null ? null : ci.versionInfo().agentVersion(),
                n(ci.runningTasksCount()), n(ci.pendingTasksCount()),
                resource(ci.registeredResources(), "CPU"), resource(ci.remainingResources(), "CPU"),
                resource(ci.registeredResources(), "MEMORY"), resource(ci.remainingResources(), "MEMORY"),
                az, ci.registeredAt());
    }

    private static int resource(List<Resource> resources, String name) {
        return resources.stream().filter(r -> name.equals(r.name())).map(r -> n(r.integerValue())).findFirst().orElse(0);
    }

    static TaskDefinition taskDefinition(software.amazon.awssdk.services.ecs.model.TaskDefinition td) {
        List<String> compat = td.requiresCompatibilitiesAsStrings().isEmpty()
                ? td.compatibilitiesAsStrings() : td.requiresCompatibilitiesAsStrings();
        return new TaskDefinition(new TaskDefinitionRef(td.taskDefinitionArn(), td.family(), n(td.revision())),
                td.statusAsString(), td.cpu(), td.memory(), td.networkModeAsString(), compat, td.executionRoleArn(),
                td.taskRoleArn(), td.containerDefinitions().stream().map(EcsMapper::containerDefinition).toList(),
                td.registeredAt(), SdkJson.pretty(td), td.volumes().stream().map(EcsMapper::volume).toList(),
                SdkJson.pretty(SecretVariables.masked(SdkJson.tree(td))));
    }

    static Volume volume(software.amazon.awssdk.services.ecs.model.Volume v) {
        if (v.efsVolumeConfiguration() != null) {
            var e = v.efsVolumeConfiguration();
            var auth = e.authorizationConfig();
            return new Volume(v.name(), Volume.Kind.EFS, null, new Volume.Efs(e.fileSystemId(), e.rootDirectory(),
                    auth == null ? null : auth.accessPointId(), "ENABLED".equals(e.transitEncryptionAsString()),
                    auth != null && "ENABLED".equals(auth.iamAsString())), null);
        }
        if (v.dockerVolumeConfiguration() != null) {
            var d = v.dockerVolumeConfiguration();
            return new Volume(v.name(), Volume.Kind.DOCKER, null, null,
                    new Volume.Docker(d.scopeAsString(), d.driver(), Boolean.TRUE.equals(d.autoprovision())));
        }
        if (v.fsxWindowsFileServerVolumeConfiguration() != null) {
            return new Volume(v.name(), Volume.Kind.OTHER, null, null, null);
        }
        return new Volume(v.name(), Volume.Kind.BIND, v.host() == null ? null : v.host().sourcePath(), null, null);
    }

    private static ContainerDefinition containerDefinition(software.amazon.awssdk.services.ecs.model.ContainerDefinition c) {
        Map<String, String> env = c.environment().stream().filter(kv -> kv.name() != null)
                .collect(Collectors.toMap(KeyValuePair::name, kv -> kv.value() == null ? "" : kv.value(), (a, b) -> b,
                        LinkedHashMap::new));
        Map<String, String> secrets = c.secrets().stream()
                .collect(Collectors.toMap(software.amazon.awssdk.services.ecs.model.Secret::name,
                        software.amazon.awssdk.services.ecs.model.Secret::valueFrom, (a, b) -> b, LinkedHashMap::new));
        return new ContainerDefinition(c.name(), c.image(), c.cpu(), c.memory(), c.essential() == null || c.essential(),
                env, secrets, awsLogs(c.logConfiguration()), c.mountPoints().stream()
                        .map(m -> new MountPoint(m.sourceVolume(), m.containerPath(), Boolean.TRUE.equals(m.readOnly()))).toList());
    }

    private static ContainerDefinition.AwsLogs awsLogs(LogConfiguration lc) {
        if (lc == null || !"awslogs".equals(lc.logDriverAsString())) {
            return null;
        }
        Map<String, String> o = lc.options();
        return o.get("awslogs-group") == null ? null
                : new ContainerDefinition.AwsLogs(o.get("awslogs-group"), o.get("awslogs-region"), o.get("awslogs-stream-prefix"));
    }

    /**
     * A service deployment with its revisions resolved to task definitions through
     * {@code taskDefinitionOfRevision} (DescribeServiceRevisions answers).
     */
    static ServiceDeployment serviceDeployment(software.amazon.awssdk.services.ecs.model.ServiceDeployment d,
                                               Function<String, String> taskDefinitionOfRevision) {
        String target = d.targetServiceRevision() == null ? null
                : taskDefinitionOfRevision.apply(d.targetServiceRevision().arn());
        String source = d.sourceServiceRevisions().isEmpty() ? null
                : taskDefinitionOfRevision.apply(d.sourceServiceRevisions().get(0).arn());
        var cb = d.deploymentCircuitBreaker();
        return new ServiceDeployment(d.serviceDeploymentArn(), d.statusAsString(), d.statusReason(), target, source,
                d.createdAt(), d.startedAt(), d.finishedAt(), cb == null ? 0 : n(cb.failureCount()),
                cb == null ? 0 : n(cb.threshold()), d.rollback() != null);
    }

    static String lastSegment(String arn) {
        return arn == null ? null : arn.substring(arn.lastIndexOf('/') + 1);
    }

    private static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Tag t : tags) {
            if (t.key() != null) {
                out.put(t.key(), t.value() == null ? "" : t.value());
            }
        }
        return out;
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }
}
