package dev.berth.core.actions;

import java.time.Instant;
import java.util.List;

/**
 * What an action will change, shown before anything is sent.
 *
 * @param changes      field-level changes
 * @param diff         unified diff of the two task-definition revisions' JSON (change revision,
 *                     roll back); null for other actions
 * @param confirmPhrase what the person must type to confirm (the target's name) in a protected
 *                     context; null where a yes is enough
 * @param fingerprint  the state the preview was computed from; execution refuses if it moved on
 */
public record Preview(ActionRequest request, String title, List<Change> changes, String diff, String confirmPhrase,
                      String fingerprint, Instant preparedAt) {
    public Preview {
        changes = List.copyOf(changes);
    }
}
