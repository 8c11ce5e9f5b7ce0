package io.conflictexplorer.check.search;

import io.conflictexplorer.check.drive.NodeTestResult;

/**
 * What a search found.
 *
 * @param options    what it tried
 * @param tried      how many scenarios it ran
 * @param failure    the first scenario that broke the node, shrunk; null when none did
 * @param notStarted the node's first test when the node could not be started (nothing was searched),
 *                   else null
 */
public record SearchResult(SearchOptions options, int tried, Failure failure, NodeTestResult notStarted) {

    /** True when a scenario broke the node. */
    public boolean found() {
        return failure != null;
    }
}
