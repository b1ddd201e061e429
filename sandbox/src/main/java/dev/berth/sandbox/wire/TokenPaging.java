package dev.berth.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Paging of list answers whose token names the last key returned, so a page never repeats or skips
 * items added in between: how one service names its token and page-size members, its largest page,
 * and the error code for a token it did not hand out.
 *
 * @param tokenIn  the request member carrying the token ({@code Marker}, {@code NextToken})
 * @param tokenOut the answer member carrying the next token ({@code NextMarker}, {@code NextToken})
 */
public record TokenPaging(String tokenIn, String tokenOut, String sizeField, int maxSize, String invalidCode) {

    /**
     * One page of {@code items} (each once, in key order) after the request's token, rendered into
     * {@code field} of a new answer that carries the next token when more follow.
     */
    public <T> ObjectNode page(Input in, String field, String kind, List<T> items, Function<T, String> key,
                               Function<T, JsonNode> render) {
        int size = in.integer(sizeField, maxSize);
        if (size < 1 || size > maxSize) {
            throw AwsException.client(invalidCode, sizeField + " must be between 1 and " + maxSize + ".");
        }
        String token = in.string(tokenIn);
        String after = token == null ? null
                : PageToken.decode(token, kind, 1, AwsException.client(invalidCode, "The " + tokenIn + " is not valid for this request."))
                .getFirst();
        ObjectNode out = JsonCodec.MAPPER.createObjectNode();
        ArrayNode rows = out.putArray(field);
        String last = null;
        for (T item : items.stream().distinct().sorted(Comparator.comparing(key)).toList()) {
            if (after != null && key.apply(item).compareTo(after) <= 0) {
                continue;
            }
            if (rows.size() == size) {
                out.put(tokenOut, PageToken.encode(kind, last));
                break;
            }
            rows.add(render.apply(item));
            last = key.apply(item);
        }
        return out;
    }
}
