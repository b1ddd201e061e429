package dev.berth.tui.services;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.tui.ui.Tone;

/** The one-character health mark of a service row, from its counts and its rollout. */
public final class ServiceHealth {
    private ServiceHealth() {
    }

    public static Tone tone(Service s) {
        if (s == null) {
            return Tone.DIM;
        }
        Deployment primary = s.primaryDeployment();
        if (primary != null && "FAILED".equals(primary.rolloutState())) {
            return Tone.BAD;
        }
        if (s.steady()) {
            return Tone.GOOD;
        }
        boolean rolling = s.deployments().size() > 1
                || (primary != null && "IN_PROGRESS".equals(primary.rolloutState()));
        if (s.runningCount() < s.desiredCount() && !rolling) {
            return Tone.BAD;
        }
        return Tone.WARN;
    }

    /** A mark that reads without colour too: ● healthy, ◐ moving, ✖ broken, · not described yet. */
    public static String mark(Service s) {
        return switch (tone(s)) {
            case GOOD -> "●";
            case WARN -> "◐";
            case BAD -> "✖";
            default -> "·";
        };
    }

    public static Tone rolloutTone(String state) {
        if (state == null) {
            return Tone.DIM;
        }
        return switch (state) {
            case "COMPLETED" -> Tone.GOOD;
            case "FAILED" -> Tone.BAD;
            default -> Tone.WARN;
        };
    }
}
