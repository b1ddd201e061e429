package dev.berth.tui.tasks;

/** ECS stop codes in the fewest words that stay recognisable, for a narrow STOP CODE column. */
final class StopCodes {
    private StopCodes() {
    }

    /** The short name of a stop code; unknown codes as they are, none as empty. */
    static String shortName(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "EssentialContainerExited" -> "EssentialExited";
            case "ServiceSchedulerInitiated" -> "Scheduler";
            case "UserInitiated" -> "UserStopped";
            case "TaskFailedToStart" -> "FailedToStart";
            case "TerminationNotice" -> "Termination";
            default -> code;
        };
    }
}
