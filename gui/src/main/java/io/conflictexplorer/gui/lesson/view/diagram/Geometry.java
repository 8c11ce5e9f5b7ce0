package io.conflictexplorer.gui.lesson.view.diagram;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where things go on the space-time diagram at a zoom factor. Sizes are in pixels at zoom 1 and
 * scale with the zoom, like the CSS font sizes, so the proportions stay the same on a projector.
 *
 * <p>The time axis is one axis for every lane (an earlier tick is always further left, on every
 * lane), but a tick's column may be wider than {@link #tick()}: {@code stretch} gives the extra
 * pixels after a tick, which {@link ChipLayout} adds where a chip would otherwise overlap the next
 * chip of its lane. A chip is wider than a tick, so neighbours one tick apart need it. In Presenter
 * a column after a tick where nothing happens is narrower ({@link IdleTicks}: a negative stretch,
 * never a whole tick), so a long, quiet stretch of time takes less of a projector's width.
 *
 * <p>Lanes come in four densities: the desk's, with room for a wrapped title; a cluster's, lower
 * (one title line), since the replica lanes need room too; Presenter's, lower still (one title
 * line, less room above the chips and for the store's notes), since its text is larger and a
 * projector has few pixels down; and Presenter's a line taller, where the fit makes the diagram
 * narrower ({@link Narrowing}) and a chip has a line of two parts ({@code ChipText.splits}): there
 * it puts them on two lines, four in all, and is narrower.
 *
 * <p>A value: equal when its zoom, density and stretch are.
 */
public final class Geometry {

    /** How much room the lanes give a chip. */
    enum Density {
        DESK,
        CLUSTER,
        PRESENTER,
        /** Presenter's, a chip line taller: chips of four lines, a line of two parts on two. */
        PRESENTER_TALL
    }

    private final double zoom;
    private final Density density;
    /** Extra pixels of the column after each tick (absent: none). */
    private final NavigableMap<Long, Double> stretch;
    /**
     * The stretched ticks in order, and the stretch of all columns up to and including each: a
     * tick's x is a binary search, not a walk over every wider column before it (a drag lays out
     * every chip, arrow, note and tick label at every tick).
     */
    private final long[] stretched;

    private final double[] stretchThrough;

    /** How far left of the even axis narrowed columns move a tick at most, in pixels (0: none). */
    private final double behind;

    /**
     * @param density how much room the lanes give a chip
     * @param stretch extra pixels of the column after each tick (absent: none)
     */
    Geometry(double zoom, Density density, NavigableMap<Long, Double> stretch) {
        this.zoom = zoom;
        this.density = density;
        this.stretch = Collections.unmodifiableNavigableMap(new TreeMap<>(stretch));
        stretched = new long[stretch.size()];
        stretchThrough = new double[stretch.size()];
        int i = 0;
        double sum = 0;
        double least = 0;
        for (Map.Entry<Long, Double> e : this.stretch.entrySet()) {
            sum += e.getValue();
            least = Math.min(least, sum);
            stretched[i] = e.getKey();
            stretchThrough[i] = sum;
            i++;
        }
        behind = -least;
    }

    /** An even time axis, at the density of a desk ({@code compact} false) or a cluster's. */
    Geometry(double zoom, boolean compact) {
        this(zoom, compact ? Density.CLUSTER : Density.DESK);
    }

    /** An even time axis. */
    Geometry(double zoom, Density density) {
        this(zoom, density, new TreeMap<>());
    }

    double zoom() {
        return zoom;
    }

    Density density() {
        return density;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geometry g
                && Double.compare(zoom, g.zoom) == 0
                && density == g.density
                && stretch.equals(g.stretch);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zoom, density, stretch);
    }

    @Override
    public String toString() {
        return "Geometry[zoom=" + zoom + ", density=" + density + ", stretch=" + stretch + "]";
    }

    /** The extra pixels of the column after each tick (negative: narrower), by tick. */
    NavigableMap<Long, Double> stretch() {
        return stretch;
    }

    /** This geometry with the columns after the given ticks widened by the given pixels. */
    Geometry withStretch(Map<Long, Double> extra) {
        return new Geometry(zoom, density, new TreeMap<>(extra));
    }

    /** A chip shows its title on one line (a cluster's and Presenter's lower lanes). */
    boolean compact() {
        return density != Density.DESK;
    }

    /** A chip puts each part of a line of two parts on a line of its own (four lines at most). */
    boolean split() {
        return density == Density.PRESENTER_TALL;
    }

    /** Presenter's lanes, of either height. */
    private boolean presenter() {
        return density == Density.PRESENTER || density == Density.PRESENTER_TALL;
    }

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
    /** Presenter's lanes: a one-line title, and less room above the chips, for the lanes' labels and the notes. */
    static final double PRESENTER_LANE = 88;
    /** A chip's line more (a clock's, 0.95 em, and the lines' spacing), for Presenter's taller lanes. */
    static final double PRESENTER_LINE = 19;

    static final double PRESENTER_ARC_ROOM = 18;
    static final double PRESENTER_TOP = 26;
    static final double PRESENTER_STORE_LANE = 50;
    /**
     * Presenter's ticks: narrower than a chip, so an empty stretch of time takes little room and the
     * step, the writes it lost and its siblings fit one view; chips widen their columns as they need.
     */
    static final double PRESENTER_TICK = 40;

    /** The single-store geometry. */
    Geometry(double zoom) {
        this(zoom, false);
    }

    /** The room between two chips of one lane. */
    double gap() {
        return 10 * zoom;
    }

    /** The least distance between the centres of two chips of one lane: they never overlap. */
    double pitch() {
        return chipWidth() + gap();
    }

    public double left() {
        return LEFT * zoom;
    }

    double top() {
        return (presenter() ? PRESENTER_TOP : TOP) * zoom;
    }

    double lane() {
        return switch (density) {
                    case DESK -> LANE;
                    case CLUSTER -> COMPACT_LANE;
                    case PRESENTER -> PRESENTER_LANE;
                    case PRESENTER_TALL -> PRESENTER_LANE + PRESENTER_LINE;
                }
                * zoom;
    }

    double storeLane() {
        return (presenter() ? PRESENTER_STORE_LANE : STORE_LANE) * zoom;
    }

    double replicaLane() {
        return REPLICA_LANE * zoom;
    }

    double link() {
        return LINK * zoom;
    }

    double tick() {
        return (presenter() ? PRESENTER_TICK : TICK) * zoom;
    }

    double arcRoom() {
        return switch (density) {
                    case DESK -> ARC_ROOM;
                    case CLUSTER -> COMPACT_ARC_ROOM;
                    case PRESENTER, PRESENTER_TALL -> PRESENTER_ARC_ROOM;
                }
                * zoom;
    }

    /** An unmeasured chip's width (no window): a bit less than two ticks. */
    double chipWidth() {
        return tick() * 1.85;
    }

    double chipHeight() {
        return lane() - arcRoom() - (presenter() ? 5 : 8) * zoom;
    }

    /** The x of the centre of tick {@code time}. */
    public double x(long time) {
        int found = Arrays.binarySearch(stretched, time);
        int before = found >= 0 ? found : -found - 1; // the stretched ticks before this one
        double extra = before == 0 ? 0 : stretchThrough[before - 1];
        return left() + tick() * (time + 1.2) + extra;
    }

    /** The tick nearest to {@code x}, never negative. */
    long time(double x) {
        long even = Math.max(0, Math.round((x - left()) / tick() - 1.2));
        if (stretch.isEmpty()) {
            return even;
        }
        // widened columns move ticks right, narrowed ones left: the answer is at most the even axis's
        // plus the ticks the narrowest stretch of columns moved left
        long lo = 0;
        long hi = even + (long) Math.ceil(behind / tick()) + 1;
        while (lo < hi) { // the last tick whose x is at most x
            long mid = (lo + hi + 1) / 2;
            if (x(mid) <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.abs(x(lo + 1) - x) < Math.abs(x - x(lo)) ? lo + 1 : lo;
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
