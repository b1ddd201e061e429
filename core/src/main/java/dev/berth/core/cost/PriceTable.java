package dev.berth.core.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.FargatePrice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Public Fargate prices per region, read from a small dated table shipped with Berth
 * ({@code fargate-prices.json}: as-of date, source page, and per region the on-demand and Spot
 * prices per vCPU-hour and GB-hour). Berth never asks the Pricing API: estimates work offline and
 * need no extra permission, at the cost of ageing with the table.
 */
public final class PriceTable {
    private static final String RESOURCE = "fargate-prices.json";

    private final String asOf;
    private final String source;
    private final Map<String, FargatePrice> byRegion;

    public PriceTable(String asOf, String source, Map<String, FargatePrice> byRegion) {
        if (asOf == null || source == null) {
            throw new IllegalArgumentException("a price table needs its date and source");
        }
        this.asOf = asOf;
        this.source = source;
        this.byRegion = Map.copyOf(byRegion);
    }

    /** The table shipped with Berth. */
    public static PriceTable standard() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, FargatePrice> prices = new TreeMap<>();
            root.path("regions").properties().forEach(e -> {
                JsonNode p = e.getValue();
                prices.put(e.getKey(), new FargatePrice(e.getKey(), p.path("vcpuHour").asDouble(), p.path("gbHour").asDouble(),
                        p.path("spotVcpuHour").asDouble(), p.path("spotGbHour").asDouble()));
            });
            return new PriceTable(root.path("asOf").asText(null), root.path("source").asText(null), prices);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The region's price, or null when the table has none. */
    public FargatePrice price(String region) {
        return byRegion.get(region);
    }

    public Set<String> regions() {
        return byRegion.keySet();
    }

    /** When the prices were read from the source page (ISO date). */
    public String asOf() {
        return asOf;
    }

    public String source() {
        return source;
    }
}
