package io.conflictexplorer.check.drive;

import io.conflictexplorer.core.store.Mode;
import java.util.List;

/**
 * One mode's run as it happened, before it is compared with the rules: every line the clients sent
 * and every line the node printed, the scenario's operations among them, and how it ended.
 *
 * @param requests   the lines sent, each ending in a line break: a grader case's {@code .in}
 * @param replies    the lines the node printed, each ending in a line break
 * @param operations the scenario's operations that were sent, in the order they were
 * @param notRun     how many operations were never sent, the run having stopped before them
 */
record DrivenRun(
        Mode mode,
        byte[] requests,
        byte[] replies,
        List<SentOperation> operations,
        int notRun,
        RunEnd end,
        String stderr) {}
