package dev.berth.sandbox.wire;

import java.util.Map;
import java.util.Set;

/**
 * One AWS service as the sandbox serves it: how requests name it on the wire and which operations
 * it answers.
 *
 * @param signingName     the SigV4 service name in the credential scope ({@code ecs}, {@code monitoring}, ...)
 * @param jsonTargetPrefix the {@code X-Amz-Target} prefix for the JSON protocols, or null
 * @param xmlNamespace    the awsQuery response namespace, or null for JSON-only services
 * @param validationCode  the error code this service answers for bad or missing input
 * @param operations      operation name to handler
 * @param mutating        operations that change state (audited, and rate-limited as writes)
 */
public record AwsService(
        String signingName,
        String jsonTargetPrefix,
        String xmlNamespace,
        String apiVersion,
        String validationCode,
        Set<Protocol> protocols,
        Map<String, Operation> operations,
        Set<String> mutating) {

    public AwsService {
        operations = Map.copyOf(operations);
        mutating = Set.copyOf(mutating);
        protocols = Set.copyOf(protocols);
    }
}
