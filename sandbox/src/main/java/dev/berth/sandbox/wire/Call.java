package dev.berth.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One decoded request: which service and operation, its input as a protocol-neutral tree, and
 * where it was addressed. For awsQuery input every scalar arrives as text; use {@link Input} to
 * read values whatever the protocol.
 */
public record Call(String service, String operation, Input input, String region, String requestId) {
    public Call {
        if (service == null || operation == null || input == null || region == null) {
            throw new IllegalArgumentException("service, operation, input and region are required");
        }
    }

    public JsonNode body() {
        return input.node();
    }
}
