package dev.berth.sandbox.wire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the service a request is for, by JSON target prefix, SigV4 signing name or query action. */
public final class ServiceRegistry {
    private final Map<String, AwsService> byTargetPrefix = new HashMap<>();
    private final Map<String, AwsService> bySigningName = new HashMap<>();
    private final Map<String, AwsService> byQueryAction = new HashMap<>();

    public ServiceRegistry(List<AwsService> services) {
        for (AwsService s : services) {
            if (s.jsonTargetPrefix() != null) {
                byTargetPrefix.put(s.jsonTargetPrefix(), s);
            }
            bySigningName.put(s.signingName(), s);
            if (s.protocols().contains(Protocol.AWS_QUERY)) {
                s.operations().keySet().forEach(op -> byQueryAction.putIfAbsent(op, s));
            }
        }
    }

    public Optional<AwsService> byTargetPrefix(String prefix) {
        return Optional.ofNullable(byTargetPrefix.get(prefix));
    }

    /** A query request names only its action; the credential scope says which service it signed for. */
    public Optional<AwsService> forQuery(String signingName, String action) {
        AwsService signed = signingName == null ? null : bySigningName.get(signingName);
        if (signed != null && signed.protocols().contains(Protocol.AWS_QUERY)) {
            return Optional.of(signed);
        }
        return Optional.ofNullable(byQueryAction.get(action));
    }
}
