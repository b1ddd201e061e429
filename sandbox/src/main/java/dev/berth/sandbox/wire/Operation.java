package dev.berth.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** Answers one AWS operation. Returns the output tree, or throws {@link AwsException}. */
@FunctionalInterface
public interface Operation {
    JsonNode handle(Call call);
}
