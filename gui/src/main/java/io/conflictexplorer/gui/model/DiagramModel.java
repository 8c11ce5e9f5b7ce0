package io.conflictexplorer.gui.model;

import java.util.List;

/**
 * What the space-time diagram draws, all of it read off the two traces: lanes, chips, context
 * arrows and the store lane's marks. Immutable; the view redraws from a new one after every change.
 *
 * @param clients    one lane per client, in scenario order
 * @param chips      one per operation
 * @param arrows     from the read whose context a write carried to that write
 * @param marks      what the store did at each write, per mode
 * @param endTime    the last tick used
 * @param cursorTime time of the last applied step, or -1 before the first
 * @param nextTime   time of the next step to apply, or -1 at the end
 */
public record DiagramModel(List<String> clients, List<Chip> chips, List<Arrow> arrows, List<StoreMark> marks,
                           long endTime, long cursorTime, long nextTime) {

    /** How a chip relates to the selected operation (Trace.causality). */
    public enum Role { NONE, SELECTED, PAST, FUTURE, CONCURRENT }

    /**
     * One operation on its lane.
     *
     * @param clock       for a write, the version vector the VV store gave it; for a read, what it got (VV)
     * @param timestamp   for a write, its LWW timestamp; for a read, the context it returned (VV)
     * @param noContext   a write that carried no context (blind, or its client never read the key)
     * @param applied     at or before the time cursor
     * @param lostInLww   the LWW store silently lost this write by the cursor
     */
    public record Chip(String id, String client, long time, boolean write, String key, String value, String label,
                       String clock, String timestamp, boolean blind, boolean noContext, boolean applied,
                       boolean lostInLww, Role role) {
    }

    /** The context arrow: {@code write} carries the context returned by {@code read}. */
    public record Arrow(String read, String write) {
    }

    /** A note on the store lane at {@code time}; {@code loss} and {@code conflict} pick its colour. */
    public record StoreMark(String operation, long time, String text, boolean loss, boolean conflict) {
    }
}
