package dev.berth.sandbox.ecs;

import dev.berth.sandbox.wire.AwsException;
import dev.berth.sandbox.wire.Input;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * List* pagination with AWS's rules: a page size within the operation's bounds and an opaque
 * {@code nextToken} that names the last item returned, so a page never repeats or skips items
 * when others are added in between. Tokens the sandbox did not hand out are refused.
 */
public final class Pages {
    private final String tokenField;
    private final String sizeField;
    private final String invalidTokenCode;

    /**
     * @param tokenField       the request member carrying the token ({@code nextToken}, {@code NextToken})
     * @param sizeField        the request member carrying the page size
     * @param invalidTokenCode the error code for a token this sandbox never issued
     */
    public Pages(String tokenField, String sizeField, String invalidTokenCode) {
        this.tokenField = tokenField;
        this.sizeField = sizeField;
        this.invalidTokenCode = invalidTokenCode;
    }

    /** One page of items and the token for the next, null on the last page. */
    public record Page<T>(List<T> items, String nextToken) {
    }

    /** Pages over a key-ordered map, starting after the token's key. */
    public <T> Page<T> of(NavigableMap<String, T> source, Predicate<T> keep, Input in, String listing,
                          int defaultSize, int maxSize) {
        int size = size(in, defaultSize, maxSize);
        String after = after(in, listing);
        NavigableMap<String, T> rest = after == null ? source : source.tailMap(after, false);
        List<T> items = new ArrayList<>();
        String lastKey = null;
        for (var e : rest.entrySet()) {
            if (!keep.test(e.getValue())) {
                continue;
            }
            if (items.size() == size) {
                return new Page<>(items, token(listing, lastKey));
            }
            items.add(e.getValue());
            lastKey = e.getKey();
        }
        return new Page<>(items, null);
    }

    /** Pages over a list already in the order {@code order} gives to the items' keys. */
    public <T> Page<T> of(List<T> ordered, Function<T, String> key, Comparator<String> order, Input in,
                          String listing, int defaultSize, int maxSize) {
        int size = size(in, defaultSize, maxSize);
        String after = after(in, listing);
        List<T> items = new ArrayList<>();
        String lastKey = null;
        for (T item : ordered) {
            String k = key.apply(item);
            if (after != null && order.compare(k, after) <= 0) {
                continue;
            }
            if (items.size() == size) {
                return new Page<>(items, token(listing, lastKey));
            }
            items.add(item);
            lastKey = k;
        }
        return new Page<>(items, null);
    }

    private int size(Input in, int defaultSize, int maxSize) {
        Integer size = in.integer(sizeField);
        if (size == null) {
            return defaultSize;
        }
        if (size < 1 || size > maxSize) {
            throw in.invalid(sizeField + " must be between 1 and " + maxSize + ", got " + size + ".");
        }
        return size;
    }

    private String after(Input in, String listing) {
        String token = in.string(tokenField);
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String prefix = "berth/" + listing + "/";
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length());
            }
        } catch (IllegalArgumentException e) {
            // fall through: not one of ours
        }
        throw AwsException.client(invalidTokenCode, "The " + tokenField + " value is not valid for this request.");
    }

    private static String token(String listing, String lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("berth/" + listing + "/" + lastKey).getBytes(StandardCharsets.UTF_8));
    }
}
