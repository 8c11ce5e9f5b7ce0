package io.conflictexplorer.node;

import io.conflictexplorer.core.store.TimeSource;
import io.conflictexplorer.node.handlers.Gossip;
import io.conflictexplorer.node.wire.Output;

/**
 * A node for the checker's reference run (the {@code check} module): the rules applied in-process, with
 * no gossip timer. Made through the package's own constructor with a timer class of its own, so the
 * checker does not initialise {@link Gossip.Timer#NONE}, a lambda, whose first use costs the
 * {@code check-node} launcher's start-up.
 */
public final class ReferenceNode {

    private ReferenceNode() {}

    /**
     * A node with the default limits, writing to {@code out}, stamping with {@code clock}. It logs
     * no warning about many siblings: that is a line on stderr, not a reply, and the checker's user
     * reads its sentences, not the reference's log.
     */
    public static Node create(Output out, TimeSource clock) {
        NodeConfig d = NodeConfig.DEFAULTS;
        return new Node(
                new NodeConfig(d.maxLineBytes(), d.maxDepth(), Integer.MAX_VALUE, d.siblingsMax()),
                out,
                clock,
                new NoTimer());
    }

    /** Never ticks: the reference run sends only the gossip that follows a write, as a tick would send later. */
    private static final class NoTimer implements Gossip.Timer {
        @Override
        public void start(Runnable tick) {}
    }
}
