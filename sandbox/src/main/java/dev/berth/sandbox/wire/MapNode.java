package dev.berth.sandbox.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An output member that is a map in the service model, not a structure. JSON and CBOR write it like
 * any object; awsQuery writes maps as {@code <entry><key>k</key><value>v</value></entry>} elements,
 * which a plain tree cannot tell apart from a structure.
 */
// javac flags ObjectNode's narrowed deepCopy() as unchecked in every subclass; nothing here is unchecked.
@SuppressWarnings("unchecked")
public final class MapNode extends ObjectNode {
    public MapNode() {
        super(JsonNodeFactory.instance);
    }
}
