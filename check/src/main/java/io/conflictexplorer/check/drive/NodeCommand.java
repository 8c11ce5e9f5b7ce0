package io.conflictexplorer.check.drive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start the node under test: a command line run by {@code /bin/sh -c} in a working folder,
 * and how long each reply may take.
 *
 * <p>Rules: the command is not blank; the folder is where relative paths in the command are found
 * (the user's choice: a node is usually started as {@code python3 main.py} from its own folder);
 * the reply limit is above zero and applies to every request, {@code init} included, so a node
 * that hangs, at start or later, is stopped within it.
 *
 * @param command      the command line, for example {@code python3 main.py}
 * @param folder       the working folder the command runs in
 * @param replyTimeout how long the clients wait for each reply before the node is stopped
 */
public record NodeCommand(String command, Path folder, Duration replyTimeout) {

    /** The task's sample cases give the grader 5 s: the same per reply. */
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(5);

    public NodeCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(replyTimeout, "replyTimeout");
        if (command.isBlank()) {
            throw new IllegalArgumentException("the node's command is empty");
        }
        if (replyTimeout.isNegative() || replyTimeout.isZero()) {
            throw new IllegalArgumentException("the reply time limit must be above 0, was " + replyTimeout);
        }
    }

    /** {@code command} in the current folder, with the default reply limit. */
    public static NodeCommand of(String command) {
        return new NodeCommand(command, Path.of("").toAbsolutePath(), DEFAULT_REPLY_TIMEOUT);
    }

    public NodeCommand inFolder(Path folder) {
        return new NodeCommand(command, folder, replyTimeout);
    }

    public NodeCommand withReplyTimeout(Duration replyTimeout) {
        return new NodeCommand(command, folder, replyTimeout);
    }
}
