package io.conflictexplorer.gui.run.model;

/**
 * One gossip message of a cluster run, as the run window draws it: from its sender's lane at its
 * send time to its receiver's lane at its arrival (or where it would have arrived, when it was
 * dropped).
 *
 * @param fromLane    the sender's lane, or -1 when the sender is no replica of the run
 * @param toLane      the receiver's lane, or -1 likewise
 * @param arrived     false for a message the network dropped (drawn dashed)
 */
public record Gossip(int fromLane, int toLane, long sendTime, long deliverTime, boolean arrived) {}
