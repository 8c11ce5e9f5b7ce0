package io.conflictexplorer.gui.view;

/**
 * Where things go on the space-time diagram at a zoom factor. Sizes are in pixels at zoom 1 and
 * scale with the zoom, like the CSS font sizes, so the proportions stay the same on a projector.
 */
record Geometry(double zoom, boolean compact) {

    static final double LEFT = 84;
    static final double TOP = 34;
    static final double LANE = 120;
    static final double STORE_LANE = 64;
    static final double TICK = 76;
    /** Room above a chip for the context arcs. */
    static final double ARC_ROOM = 26;
    /** A replica's lane in a cluster, and the strip for one link between two replicas. */
    static final double REPLICA_LANE = 50;

    static final double LINK = 24;
    /** A cluster also needs room for its replica lanes: its client lanes are lower (chips one line less tall). */
    static final double COMPACT_LANE = 96;

    static final double COMPACT_ARC_ROOM = 22;

    /** The single-store geometry. */
    Geometry(double zoom) {
        this(zoom, false);
    }

    double left() {
        return LEFT * zoom;
    }

    double top() {
        return TOP * zoom;
    }

    double lane() {
        return (compact ? COMPACT_LANE : LANE) * zoom;
    }

    double storeLane() {
        return STORE_LANE * zoom;
    }

    double replicaLane() {
        return REPLICA_LANE * zoom;
    }

    double link() {
        return LINK * zoom;
    }

    double tick() {
        return TICK * zoom;
    }

    double arcRoom() {
        return (compact ? COMPACT_ARC_ROOM : ARC_ROOM) * zoom;
    }

    /** A chip spans a bit less than two ticks, so operations two ticks apart never overlap. */
    double chipWidth() {
        return tick() * 1.85;
    }

    /**
     * A chip may grow into free room on its lane: up to {@code ticksFree} ticks (the distance to
     * its nearest neighbour on the lane) minus a gap, so two neighbours never overlap.
     */
    double chipWidth(long ticksFree) {
        return Math.max(chipWidth(), Math.min(tick() * 2.6, tick() * ticksFree - 10 * zoom));
    }

    double chipHeight() {
        return lane() - arcRoom() - 8 * zoom;
    }

    /** The x of the centre of tick {@code time}. */
    double x(long time) {
        return left() + tick() * (time + 1.2);
    }

    /** The tick nearest to {@code x}, never negative. */
    long time(double x) {
        return Math.max(0, Math.round((x - left()) / tick() - 1.2));
    }

    double laneTop(int lane) {
        return top() + lane * lane();
    }

    double width(long endTime) {
        return x(endTime) + tick() * 2.5;
    }

    double height(int clients) {
        return laneTop(clients) + storeLane() + 8 * zoom;
    }
}
