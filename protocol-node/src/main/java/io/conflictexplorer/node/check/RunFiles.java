package io.conflictexplorer.node.check;

import io.conflictexplorer.core.run.OpenedRun;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens transcripts as a run. Files are told apart by their content, not their names: a case's
 * requests (a {@code .in}: messages to a node), a node's replies (its stdout: messages from a node
 * with {@code in_reply_to}), or {@code NODE_TRACE} files (one per node; several make a cluster).
 */
public final class RunFiles {

    /** The largest file opened, 64 MiB: a 100,000-line transcript is about 10 MiB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private RunFiles() {}

    /**
     * Opens {@code files} as one run: a case alone, a case and a node's replies (compared with the
     * rules), or the traces of one or more nodes.
     *
     * @throws RunFileException when a file cannot be read or is above {@link #MAX_BYTES}, or when
     *     nothing in the files can be opened
     */
    public static OpenedRun open(List<Path> files) throws RunFileException {
        throw new RunFileException("not implemented yet");
    }
}
