package io.conflictexplorer.gui.run.model;

/**
 * Which part of a run's time axis the run window shows: the tick at the left edge of the time area
 * ({@code first}) and the pixels per tick ({@code scale}), for a canvas {@code width} pixels wide
 * whose first {@link #GUTTER} pixels hold the lane names. Plain values: each gesture (scroll, zoom,
 * fit, reveal a chip, resize) gives a new viewport, so every rule below is tested without a window.
 *
 * <p>The rules: the whole run fits in view when a run opens, and stays fitted as the window is
 * resized ({@code fitted}) until the user scrolls or zooms; scrolling stays between a tick of margin
 * before the first operation and after the last event ({@link #minFirst()}, {@link #maxFirst()});
 * zooming keeps the tick under the mouse in place, never beyond {@link #MAX_PX_PER_TICK}, and never
 * further out than the whole run or {@link #DETAIL_PX}, whichever is further in; revealing a chip
 * zooms in to see it as a chip and centres it if it was not in view.
 *
 * @param start  the first tick anything happens at
 * @param end    the last tick anything happens at
 * @param width  the canvas's width in pixels, gutter included (0 until it is laid out)
 * @param scale  pixels per tick
 * @param first  the tick at the left edge of the time area
 * @param fitted the whole run is in view and stays so when the width changes
 */
public record RunViewport(long start, long end, double width, double scale, double first, boolean fitted) {

    /** Pixels on the left for the lane names. */
    public static final double GUTTER = 64;

    /** Pixels per tick from which chips are drawn one by one (below: density strips). */
    public static final double DETAIL_PX = 8;

    /** The most pixels per tick. */
    public static final double MAX_PX_PER_TICK = 60;

    /** No run: nothing to show. */
    public static final RunViewport NONE = new RunViewport(0, 0, 0, DETAIL_PX * 2, 0, false);

    /** The viewport of a run from {@code start} to {@code end}: fitted, once it has a width. */
    public static RunViewport of(long start, long end, double width) {
        return new RunViewport(start, end, width, DETAIL_PX * 2, 0, true).fit();
    }

    /** True once the canvas has a width to show ticks in. */
    public boolean sized() {
        return width > GUTTER;
    }

    /** The width of the time area in pixels. */
    public double timeWidth() {
        return Math.max(1, width - GUTTER);
    }

    /** True when chips are drawn one by one (else density strips). */
    public boolean detailed() {
        return scale >= DETAIL_PX;
    }

    /** The pixels per tick at which the whole run fits the width. */
    public double fitScale() {
        double span = Math.max(1, end - start + 4);
        return Math.min(MAX_PX_PER_TICK, timeWidth() / span);
    }

    /** The first tick scrolling can reach: the start, less a tick of margin. */
    public double minFirst() {
        return start - 2;
    }

    /** The last: the end, a tick of margin, fills the right edge. */
    public double maxFirst() {
        return Math.max(minFirst(), end + 2 - timeWidth() / scale);
    }

    /** The x of {@code tick} on the canvas. */
    public double x(double tick) {
        return GUTTER + (tick - first) * scale;
    }

    /** The tick at {@code x} on the canvas. */
    public double tickAt(double x) {
        return first + (x - GUTTER) / scale;
    }

    /** The first tick partly in view (a tick of margin: a chip is wider than its tick). */
    public long fromTick() {
        return (long) Math.floor(first) - 1;
    }

    /** The last tick partly in view. */
    public long toTick() {
        return (long) Math.ceil(first + (width - GUTTER) / scale) + 1;
    }

    /** The whole run in view (once there is a width: until then it fits when it gets one). */
    public RunViewport fit() {
        if (!sized()) {
            return new RunViewport(start, end, width, scale, first, true);
        }
        return new RunViewport(start, end, width, fitScale(), start - 2, true);
    }

    /** The canvas is {@code w} pixels wide now: a fitted run is fitted again. */
    public RunViewport resized(double w) {
        if (w == width) {
            return this;
        }
        RunViewport r = new RunViewport(start, end, w, scale, first, fitted);
        return fitted ? r.fit() : r;
    }

    /** Zoomed by {@code factor}, keeping the tick under {@code x} (pixels from the left edge) in place. */
    public RunViewport zoomedAt(double factor, double x) {
        double tick = first + Math.max(0, x - GUTTER) / scale;
        double s = Math.max(Math.min(fitScale(), DETAIL_PX), Math.min(MAX_PX_PER_TICK, scale * factor));
        RunViewport z = new RunViewport(start, end, width, s, first, false);
        return z.withFirst(z.clamp(tick - Math.max(0, x - GUTTER) / s));
    }

    /** At {@code pixelsPerTick}, the left edge where it was. */
    public RunViewport atScale(double pixelsPerTick) {
        return new RunViewport(start, end, width, pixelsPerTick, first, false);
    }

    /** Scrolled so that {@code tick} is at the left edge, within {@link #minFirst()} and {@link #maxFirst()}. */
    public RunViewport scrolledTo(double tick) {
        double f = clamp(tick);
        return f == first ? this : withFirst(f);
    }

    /** Scrolled by {@code pixels} (a wheel's delta: positive shows earlier ticks). */
    public RunViewport scrolledBy(double pixels) {
        return withFirst(clamp(first - pixels / scale));
    }

    /** Shows {@code tick}: zoomed in to chips if it was zoomed out, centred if it was out of view. */
    public RunViewport revealed(long tick) {
        RunViewport r = this;
        if (scale < DETAIL_PX) {
            r = new RunViewport(start, end, width, DETAIL_PX * 2, first, false);
        }
        double x = (tick - r.first) * r.scale;
        if (x < 20 || x > r.timeWidth() - 20) {
            r = r.withFirst(r.clamp(tick - r.timeWidth() / 2 / r.scale));
        }
        return r;
    }

    private RunViewport withFirst(double f) {
        return new RunViewport(start, end, width, scale, f, false);
    }

    private double clamp(double f) {
        return Math.max(minFirst(), Math.min(maxFirst(), f));
    }
}
