package dev.berth.core.triage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceMetrics;
import dev.berth.core.model.Task;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** A cluster's snapshots at one moment, and what surrounds its services, read from a JSON file beside the tests. */
record TriageFixture(Instant now, List<Service> services, List<Task> tasks, List<ServiceMetrics> metrics,
                     Surroundings surroundings) {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static TriageFixture load(String name) {
        try (InputStream in = TriageFixture.class.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return JSON.readValue(in, TriageFixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
