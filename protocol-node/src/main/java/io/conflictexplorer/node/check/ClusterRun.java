package io.conflictexplorer.node.check;

import io.conflictexplorer.core.run.OpenedRun;
import java.util.List;

/** Node traces opened as a cluster run. */
final class ClusterRun {

    private ClusterRun() {}

    static OpenedRun open(List<TranscriptFile> traces) throws RunFileException {
        throw new RunFileException("not yet");
    }
}
