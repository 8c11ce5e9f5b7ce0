package io.conflictexplorer.node;

import io.conflictexplorer.node.handlers.Gossip;

/**
 * The gossip timer of a real node: a daemon thread that calls the tick every
 * {@code NODE_GOSSIP_MS} milliseconds (system property {@code node.gossipMs}; default 100). It is
 * only created once init names peers, so a single node starts no thread at all.
 */
final class DaemonTimer implements Gossip.Timer {

    static final long DEFAULT_INTERVAL_MS = 100;

    @Override
    public void start(Runnable tick) {
        long interval = interval();
        Thread t = new Thread(
                () -> {
                    while (true) {
                        try {
                            Thread.sleep(interval); // a period, not a wait for a condition
                        } catch (InterruptedException e) {
                            return;
                        }
                        tick.run();
                    }
                },
                "gossip");
        t.setDaemon(true);
        t.start();
    }

    static long interval() {
        String v = System.getProperty("node.gossipMs", System.getenv("NODE_GOSSIP_MS"));
        if (v == null || v.isBlank()) {
            return DEFAULT_INTERVAL_MS;
        }
        try {
            long ms = Long.parseLong(v.trim());
            return ms > 0 ? ms : DEFAULT_INTERVAL_MS;
        } catch (NumberFormatException e) {
            System.err.println("protocol-node: NODE_GOSSIP_MS must be a whole number of milliseconds, using "
                    + DEFAULT_INTERVAL_MS);
            return DEFAULT_INTERVAL_MS;
        }
    }
}
