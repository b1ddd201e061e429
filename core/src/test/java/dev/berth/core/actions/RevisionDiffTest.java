package dev.berth.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskDefinitionRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {
    @Test
    void aChangedSecretShowsAsChangedWithoutItsValues() {
        String diff = RevisionDiff.unified(revision(1, "s3cr3t-old", "info"), revision(2, "s3cr3t-new", "info"));
        assertThat(diff).contains("-      \"value\" : \"********\"", "+      \"value\" : \"******** (changed)\"")
                .doesNotContain("s3cr3t");
    }

    @Test
    void anUnchangedSecretIsMaskedAndNotADifference() {
        String diff = RevisionDiff.unified(revision(1, "same", "info"), revision(2, "same", "debug"));
        assertThat(diff).contains("-      \"value\" : \"info\"", "+      \"value\" : \"debug\"")
                .doesNotContain("same", "(changed)");
    }

    @Test
    void equalRevisionsHaveNoDiff() {
        assertThat(RevisionDiff.unified(revision(1, "x", "info"), revision(1, "x", "info"))).isEmpty();
    }

    private static TaskDefinition revision(int n, String token, String level) {
        String json = """
                {"family":"web","revision":%d,"containerDefinitions":[{"name":"app","environment":[
                  {"name":"API_TOKEN","value":"%s"},{"name":"LOG_LEVEL","value":"%s"}]}]}
                """.formatted(n, token, level);
        return new TaskDefinition(new TaskDefinitionRef("arn:aws:ecs:us-east-1:1:task-definition/web:" + n, "web", n),
                "ACTIVE", "256", "512", "awsvpc", List.of("FARGATE"), null, null, List.of(), null, json);
    }
}
