package dev.berth.sandbox.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.sandbox.discovery.CloudMapApi;
import dev.berth.sandbox.ecs.EcsApi;
import dev.berth.sandbox.elb.ElbApi;
import dev.berth.sandbox.metrics.CloudWatchApi;
import dev.berth.sandbox.scaling.ScalingApi;
import dev.berth.sandbox.sim.Region;
import dev.berth.sandbox.wire.AwsService;
import dev.berth.sandbox.wire.Call;
import dev.berth.sandbox.wire.Input;
import dev.berth.sandbox.wire.JsonCodec;

/**
 * Scenarios build their accounts through the same ECS, Application Auto Scaling, ELB, Cloud Map and
 * CloudWatch operations clients call, with request bodies written as JSON, so a scenario passes
 * every check a client's request would.
 */
final class LocalCalls {
    private final Region region;
    private final AwsService ecs;
    private final AwsService scaling;
    private final AwsService elb;
    private final AwsService discovery;
    private final AwsService cloudWatch;

    LocalCalls(Region region) {
        this.region = region;
        this.ecs = EcsApi.service(region.world());
        this.scaling = ScalingApi.service(region.world());
        this.elb = ElbApi.service(region.world());
        this.discovery = CloudMapApi.service(region.world());
        this.cloudWatch = CloudWatchApi.service(region.world());
    }

    Region region() {
        return region;
    }

    JsonNode ecs(String operation, JsonNode body) {
        return call(ecs, operation, body);
    }

    JsonNode ecs(String operation, String json) {
        return call(ecs, operation, parse(operation, json));
    }

    JsonNode scaling(String operation, String json) {
        return call(scaling, operation, parse(operation, json));
    }

    JsonNode elb(String operation, String json) {
        return call(elb, operation, parse(operation, json));
    }

    JsonNode discovery(String operation, String json) {
        return call(discovery, operation, parse(operation, json));
    }

    JsonNode cloudWatch(String operation, String json) {
        return call(cloudWatch, operation, parse(operation, json));
    }

    private JsonNode call(AwsService service, String operation, JsonNode body) {
        return service.operations().get(operation).handle(new Call(service.signingName(), operation,
                new Input(body, service.validationCode()), region.name(), "scenario"));
    }

    private static JsonNode parse(String operation, String json) {
        try {
            return JsonCodec.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scenario request for " + operation + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
