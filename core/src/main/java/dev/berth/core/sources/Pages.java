package dev.berth.core.sources;

import dev.berth.core.context.AwsContext;
import dev.berth.core.limit.ApiCategory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/** Paging and batching helpers: every page is one limited call; batches respect each API's maximum. */
final class Pages {
    private Pages() {
    }

    /**
     * Reads every page of an SDK paginator, each page through the limiter ({@code next()} is where
     * the paginator makes its call), and flattens the items.
     */
    static <P, T> List<T> all(AwsContext ctx, ApiCategory category, String operation, Iterable<P> pages,
                              Function<P, List<T>> items) {
        List<T> out = new ArrayList<>();
        Iterator<P> it = pages.iterator();
        while (it.hasNext()) {
            out.addAll(items.apply(ctx.call(category, operation, it::next)));
        }
        return out;
    }

    /** Splits {@code items} into consecutive batches of at most {@code size}. */
    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>((items.size() + size - 1) / size);
        for (int i = 0; i < items.size(); i += size) {
            out.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
        }
        return out;
    }
}
