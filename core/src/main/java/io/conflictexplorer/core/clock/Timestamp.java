package io.conflictexplorer.core.clock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A last-writer-wins timestamp: a time read from some node's clock, and that node's id.
 *
 * <p>Rule: timestamps are ordered by time, and equal times by node id, so any two distinct
 * timestamps have a deterministic winner on every replica. Times compare exactly as numbers: a time
 * is a whole number of the caller's unit (microseconds since the epoch on the protocol node, ticks
 * in the simulator), or, for a time another replica sent, any decimal number ({@link #ofDecimal}),
 * so that no two different times are ever taken for equal by rounding.
 *
 * <p>A whole time is one {@code long}; only a fractional (or out-of-{@code long}-range) time keeps a
 * {@link BigDecimal}, so the common case compares two longs.
 */
public final class Timestamp implements Comparable<Timestamp> {

    private final long time;
    private final BigDecimal exact; // null when the time is the whole number `time`
    private final String node;

    public Timestamp(long time, String node) {
        this(time, null, node);
    }

    private Timestamp(long time, BigDecimal exact, String node) {
        this.time = time;
        this.exact = exact;
        this.node = Objects.requireNonNull(node, "node");
    }

    /**
     * A timestamp at the decimal time {@code time} (in the caller's unit), kept exactly. A whole
     * time in {@code long}'s range is the same as {@code new Timestamp(long, node)}.
     */
    public static Timestamp ofDecimal(BigDecimal time, String node) {
        Objects.requireNonNull(time, "time");
        if (time.signum() == 0) {
            return new Timestamp(0, node);
        }
        BigDecimal stripped = time.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
            return new Timestamp(stripped.longValueExact(), node); // whole, fits in 18 digits
        }
        long floor;
        if (stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
            floor = Long.MAX_VALUE;
        } else if (stripped.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) {
            floor = Long.MIN_VALUE;
        } else if (stripped.precision() <= stripped.scale()) {
            // below 1 in magnitude: the floor without dividing by 10^scale, which for 5e-9999999 is
            // a number of ten million digits (seconds of work), and for 1e-999999999 too large
            floor = stripped.signum() < 0 ? -1 : 0;
        } else {
            floor = stripped.setScale(0, RoundingMode.FLOOR).longValueExact();
        }
        return new Timestamp(floor, stripped, node);
    }

    /** The time, rounded down to a whole unit (and to {@code long}'s range) when it is not whole. */
    public long time() {
        return time;
    }

    /** The exact time. */
    public BigDecimal decimal() {
        return exact != null ? exact : BigDecimal.valueOf(time);
    }

    /** True when the time is exactly {@link #time()}. */
    public boolean whole() {
        return exact == null;
    }

    public String node() {
        return node;
    }

    @Override
    public int compareTo(Timestamp o) {
        int c = exact == null && o.exact == null
                ? Long.compare(time, o.time)
                : decimal().compareTo(o.decimal());
        return c != 0 ? c : node.compareTo(o.node);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timestamp t && time == t.time && Objects.equals(exact, t.exact) && node.equals(t.node);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(time) + Objects.hashCode(exact)) + node.hashCode();
    }

    @Override
    public String toString() {
        return "Timestamp[time=" + (exact != null ? exact.toPlainString() : Long.toString(time)) + ", node=" + node
                + "]";
    }
}
