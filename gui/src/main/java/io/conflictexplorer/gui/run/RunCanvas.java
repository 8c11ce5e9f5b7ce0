package io.conflictexplorer.gui.run;

import io.conflictexplorer.check.run.RunMarker;
import io.conflictexplorer.core.sim.Transmission;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The space-time diagram of a long run, drawn on one canvas the size of the window: only the ticks
 * in view are drawn, found by binary search in the {@link RunTimeline}, so a frame costs what is
 * visible and not what the run holds. Zoomed in (at least {@link #DETAIL_PX} pixels per tick) each
 * chip is a box with its key, marks and context arrow; zoomed out, each lane becomes a density
 * strip (how many operations fall on each pixel column), with every LWW loss, conflict and
 * divergence still drawn on top as a tick, so none of them disappears at any zoom.
 *
 * <p>The wheel scrolls in time, Ctrl+wheel zooms around the mouse, a drag pans, a click selects the
 * nearest chip of the lane under the mouse (that passes the filter).
 */
public final class RunCanvas extends Region {

    /** Pixels per tick from which chips are drawn one by one. */
    public static final double DETAIL_PX = 8;

    static final double GUTTER = 64;
    static final double AXIS = 22;
    static final double LANE = 30;
    static final double MAX_PX_PER_TICK = 60;

    static final Color PAPER = Color.web("#ffffff");
    static final Color LANE_EVEN = Color.web("#f6f8fa");
    static final Color LANE_ODD = Color.web("#eef2f7");
    static final Color STORE_LANE = Color.web("#fff8e6");
    static final Color INK = Color.web("#1f2328");
    static final Color MUTED = Color.web("#57606a");
    static final Color WRITE = Color.web("#dbeafe");
    static final Color WRITE_BORDER = Color.web("#6e7781");
    static final Color READ = Color.web("#ffffff");
    static final Color VV = Color.web("#0b5cad");
    static final Color LOST = Color.web("#901600");
    static final Color CONFLICT = Color.web("#7b1fa2");
    static final Color DIVERGENCE = Color.web("#e69f00");
    static final Color SELECTED = Color.web("#d81b60");
    static final Color GOSSIP = Color.web("#37474f");

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<RunTimeline> timeline = new SimpleObjectProperty<>();
    private final ObjectProperty<RunFilter> filter = new SimpleObjectProperty<>(RunFilter.ALL);
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<List<RunMarker>> markers = new SimpleObjectProperty<>(List.of());
    /** Pixels per tick. */
    private final DoubleProperty scale = new SimpleDoubleProperty(DETAIL_PX * 2);
    /** The tick at the left edge of the drawing area. */
    private final DoubleProperty first = new SimpleDoubleProperty(0);

    private IntConsumer onPick = chip -> {};
    private double pressX;
    private double pressFirst;
    private boolean dragged;
    private boolean drawQueued;
    /** A new run is fitted to the width once the canvas has one. */
    private boolean fitPending;
    /** The whole run is in view and should stay so when the width changes (until the user zooms or scrolls). */
    private boolean fitted;

    private double fittedWidth;
    /** Nanoseconds the last {@link #draw()} took: the harness reads it. */
    private long lastDrawNanos;

    public RunCanvas() {
        getStyleClass().add("run-canvas");
        setId("run-canvas");
        getChildren().add(canvas);
        setMinSize(200, 80);
        timeline.addListener(o -> fitPending = true);
        for (Observable p : List.of(timeline, filter, selected, scale, first, markers)) {
            p.addListener(o -> requestDraw());
        }
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressFirst = first.get();
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.abs(e.getX() - pressX) > 3) {
                dragged = true;
            }
            fitted = false;
            first.set(clampFirst(pressFirst - (e.getX() - pressX) / scale.get()));
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                int chip = chipAt(e.getX(), e.getY());
                if (chip >= 0) {
                    onPick.accept(chip);
                }
            }
        });
    }

    public ObjectProperty<RunTimeline> timelineProperty() {
        return timeline;
    }

    public ObjectProperty<RunFilter> filterProperty() {
        return filter;
    }

    /** The marks on the time axis (a set_mode), drawn as a dashed line across the lanes. */
    public ObjectProperty<List<RunMarker>> markersProperty() {
        return markers;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty firstProperty() {
        return first;
    }

    /** Called with the chip a click picked. */
    public void setOnPick(IntConsumer onPick) {
        this.onPick = onPick;
    }

    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    /** The width of the time area in pixels. */
    public double timeWidth() {
        return Math.max(1, getWidth() - GUTTER);
    }

    /** The pixels per tick at which the whole run fits the width. */
    public double fitScale() {
        RunTimeline t = timeline.get();
        if (t == null) {
            return DETAIL_PX;
        }
        double span = Math.max(1, t.endTime() - t.startTime() + 4);
        return Math.min(MAX_PX_PER_TICK, timeWidth() / span);
    }

    /** The whole run in view. */
    public void zoomToFit() {
        if (getWidth() <= GUTTER) {
            fitPending = true; // not laid out yet: fit at the first layout
            requestLayout();
            return;
        }
        scale.set(fitScale());
        RunTimeline t = timeline.get();
        first.set(t == null ? 0 : t.startTime() - 2);
        fitted = true;
        fittedWidth = getWidth();
    }

    /** Zooms by {@code factor} keeping the tick under {@code x} (pixels from the left edge) in place. */
    public void zoomAt(double factor, double x) {
        fitted = false;
        double tick = first.get() + Math.max(0, x - GUTTER) / scale.get();
        double s = Math.max(Math.min(fitScale(), DETAIL_PX), Math.min(MAX_PX_PER_TICK, scale.get() * factor));
        scale.set(s);
        first.set(clampFirst(tick - Math.max(0, x - GUTTER) / s));
    }

    /** Scrolls so that {@code chip} is in view (centred when it was not), zoomed in to see it as a chip. */
    public void reveal(int chip) {
        RunTimeline t = timeline.get();
        if (t == null || chip < 0 || chip >= t.size()) {
            return;
        }
        if (scale.get() < DETAIL_PX) {
            fitted = false;
            scale.set(DETAIL_PX * 2);
        }
        double x = (t.time(chip) - first.get()) * scale.get();
        if (x < 20 || x > timeWidth() - 20) {
            fitted = false;
            first.set(clampFirst(t.time(chip) - timeWidth() / 2 / scale.get()));
        }
    }

    /** The first tick the scroll bar can reach: the start, less a tick of margin. */
    public double minFirst() {
        RunTimeline t = timeline.get();
        return t == null ? 0 : t.startTime() - 2;
    }

    /** The last: the end, a tick of margin, fills the right edge. */
    public double maxFirst() {
        RunTimeline t = timeline.get();
        return t == null ? 0 : Math.max(minFirst(), t.endTime() + 2 - timeWidth() / scale.get());
    }

    private double clampFirst(double f) {
        return Math.max(minFirst(), Math.min(maxFirst(), f));
    }

    private void onScroll(ScrollEvent e) {
        fitted = false;
        if (e.isControlDown()) {
            zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX());
        } else {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            first.set(clampFirst(first.get() - d / scale.get()));
        }
        e.consume();
    }

    /** The chip nearest to {@code x} on the lane at {@code y} that passes the filter, within reach, or -1. */
    int chipAt(double x, double y) {
        RunTimeline t = timeline.get();
        if (t == null || x < GUTTER || y < AXIS) {
            return -1;
        }
        int lane = (int) ((y - AXIS) / LANE);
        double tick = first.get() + (x - GUTTER) / scale.get();
        double reach = Math.max(0.5, 8 / scale.get());
        int from = t.firstAtOrAfter((long) Math.floor(tick - reach));
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = from; i < t.size() && t.time(i) <= tick + reach; i++) {
            if (t.lane(i) == lane && t.accepts(filter.get(), i)) {
                double d = Math.abs(t.time(i) - tick);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        return best;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        if (fitted && getWidth() != fittedWidth && getWidth() > GUTTER) {
            fitPending = true; // the window changed size while the whole run was in view
        }
        if (fitPending && getWidth() > GUTTER) {
            fitPending = false;
            int sel = selected.get();
            zoomToFit();
            if (sel >= 0) {
                reveal(sel);
            }
        }
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        RunTimeline t = timeline.get();
        return AXIS + LANE * (t == null ? 4 : t.lanes().size()) + 4;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    /** Redraws once, at the next pulse's layout, however many properties changed before it. */
    private void requestDraw() {
        if (!drawQueued) {
            drawQueued = true;
            requestLayout();
        }
    }

    /** Draws what is in view now. */
    public void draw() {
        drawQueued = false;
        long t0 = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(PAPER);
        g.fillRect(0, 0, w, h);
        RunTimeline t = timeline.get();
        if (t == null) {
            lastDrawNanos = System.nanoTime() - t0;
            return;
        }
        int lanes = t.lanes().size();
        for (int l = 0; l < lanes; l++) {
            g.setFill(l >= t.clientLanes() ? STORE_LANE : l % 2 == 0 ? LANE_EVEN : LANE_ODD);
            g.fillRect(0, AXIS + l * LANE, w, LANE);
        }
        double s = scale.get();
        double f = first.get();
        long fromTick = (long) Math.floor(f) - 1;
        long toTick = (long) Math.ceil(f + (w - GUTTER) / s) + 1;
        g.save();
        g.beginPath();
        g.rect(GUTTER, 0, w - GUTTER, h);
        g.clip();
        axis(g, f, s, w);
        int from = t.firstAtOrAfter(fromTick);
        int to = t.firstAtOrAfter(toTick + 1);
        if (s >= DETAIL_PX) {
            gossip(g, t, f, s, fromTick, toTick);
            chips(g, t, from, to, f, s);
        } else {
            density(g, t, from, to, f, s, w);
        }
        modeChanges(g, f, s, w, h);
        g.restore();
        lanesNames(g, t);
        lastDrawNanos = System.nanoTime() - t0;
    }

    private double x(double tick, double f, double s) {
        return GUTTER + (tick - f) * s;
    }

    private void axis(GraphicsContext g, double f, double s, double w) {
        // a label every 100 px or so, on a round number of ticks: 1, 2, 5, 10, 20, 50, ...
        long step = 1;
        for (int i = 0; step * s < 100; i++) {
            step *= i % 3 == 1 ? 5 : 2;
            step = i % 3 == 1 ? step / 2 : step;
        }
        g.setFill(MUTED);
        g.setStroke(Color.web("#d0d7de"));
        g.setLineWidth(1);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        long start = (long) Math.floor(f / step) * step;
        for (long k = start; x(k, f, s) < w; k += step) {
            double x = x(k, f, s);
            g.strokeLine(x, AXIS - 4, x, AXIS);
            g.fillText(String.valueOf(k), x + 2, AXIS / 2);
        }
    }

    private void modeChanges(GraphicsContext g, double f, double s, double w, double h) {
        g.setStroke(SELECTED);
        g.setFill(SELECTED);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.LEFT);
        for (RunMarker m : markers.get()) {
            double x = x(m.time() - 0.5, f, s);
            if (x >= GUTTER && x < w) {
                g.strokeLine(x, AXIS, x, h);
                if (m instanceof RunMarker.ModeChange c) {
                    g.fillText(c.mode().wireName(), x + 3, AXIS - 8);
                }
            }
        }
        g.setLineDashes();
    }

    private void lanesNames(GraphicsContext g, RunTimeline t) {
        g.setFill(PAPER);
        g.fillRect(0, 0, GUTTER, canvas.getHeight());
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int l = 0; l < t.lanes().size(); l++) {
            boolean replica = l >= t.clientLanes();
            g.setFill(replica ? STORE_LANE : l % 2 == 0 ? LANE_EVEN : LANE_ODD);
            g.fillRect(0, AXIS + l * LANE, GUTTER, LANE);
            g.setFill(INK);
            g.fillText((replica ? "\u25a4 " : "") + t.lanes().get(l), 6, AXIS + l * LANE + LANE / 2, GUTTER - 8);
        }
    }

    private void chips(GraphicsContext g, RunTimeline t, int from, int to, double f, double s) {
        RunFilter fl = filter.get();
        double cw = Math.min(s * 0.8, 56);
        double ch = LANE - 10;
        // context arrows first, under the chips: from the read whose reply the write carried
        g.setStroke(VV);
        g.setLineWidth(1.2);
        for (int i = from; i < to; i++) {
            int c = t.contextFrom(i);
            if (c >= 0 && t.accepts(fl, i) && t.accepts(fl, c)) {
                double x0 = x(t.time(c), f, s);
                double y0 = AXIS + t.lane(c) * LANE + LANE / 2;
                double x1 = x(t.time(i), f, s) - cw / 2;
                double y1 = AXIS + t.lane(i) * LANE + LANE / 2;
                g.strokeLine(x0, y0, x1, y1);
                g.fillOval(x1 - 2, y1 - 2, 4, 4);
            }
        }
        // in a cluster, each operation's replica: a dotted line down to that replica's lane
        g.setStroke(MUTED.deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(1);
        g.setLineDashes(2, 3);
        for (int i = from; i < to; i++) {
            int r = t.replicaLaneOf(i);
            if (r >= 0 && t.accepts(fl, i)) {
                double x = x(t.time(i), f, s);
                g.strokeLine(x, AXIS + t.lane(i) * LANE + LANE - 5, x, AXIS + r * LANE + LANE / 2);
                g.strokeOval(x - 2, AXIS + r * LANE + LANE / 2 - 2, 4, 4);
            }
        }
        g.setLineDashes();
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int sel = selected.get();
        for (int i = from; i < to; i++) {
            if (!t.accepts(fl, i)) {
                continue;
            }
            double cx = x(t.time(i), f, s);
            double top = AXIS + t.lane(i) * LANE + 5;
            boolean lost = t.has(i, Mark.LOSS);
            g.setFill(t.isWrite(i) ? WRITE : READ);
            g.fillRoundRect(cx - cw / 2, top, cw, ch, 6, 6);
            g.setLineWidth(lost ? 2.5 : 1);
            g.setStroke(lost ? LOST : t.isWrite(i) ? WRITE_BORDER : MUTED);
            if (lost) {
                g.setLineDashes(4, 3);
            }
            g.strokeRoundRect(cx - cw / 2, top, cw, ch, 6, 6);
            g.setLineDashes();
            if (cw >= 20) {
                g.setFill(INK);
                g.fillText(cw >= 40 ? (t.isWrite(i) ? "W " : "R ") + t.key(i) : t.key(i), cx, top + ch / 2, cw - 4);
            }
            if (t.has(i, Mark.CONFLICT)) {
                g.setFill(CONFLICT);
                g.fillOval(cx + cw / 2 - 7, top - 3, 8, 8);
            }
            if (t.literalContext(i) && cw >= 20) {
                // a clock sent that no read returned: a literal context, drawn as braces
                g.setFill(VV);
                g.fillText("{ }", cx, top - 1);
            }
            if (t.has(i, Mark.DIVERGENCE)) {
                triangle(g, cx - cw / 2 + 1, top - 3, 10);
            }
            if (i == sel) {
                g.setStroke(SELECTED);
                g.setLineWidth(3);
                g.strokeRoundRect(cx - cw / 2 - 3, top - 3, cw + 6, ch + 6, 8, 8);
            }
        }
    }

    private void triangle(GraphicsContext g, double x, double y, double size) {
        g.setFill(DIVERGENCE);
        g.fillPolygon(new double[] {x, x + size, x + size / 2}, new double[] {y, y, y + size}, 3);
        g.setStroke(INK);
        g.setLineWidth(1);
        g.strokePolygon(new double[] {x, x + size, x + size / 2}, new double[] {y, y, y + size}, 3);
    }

    private void gossip(GraphicsContext g, RunTimeline t, double f, double s, long fromTick, long toTick) {
        if (t.messages().isEmpty()) {
            return;
        }
        g.setStroke(GOSSIP);
        g.setLineWidth(1.2);
        for (Transmission m : t.messages()) {
            if (m.deliverTime() < fromTick || m.sendTime() > toTick) {
                continue;
            }
            int a = t.replicaLane(m.from());
            int b = t.replicaLane(m.to());
            if (a < 0 || b < 0) {
                continue;
            }
            double x0 = x(m.sendTime(), f, s);
            double y0 = AXIS + a * LANE + LANE / 2;
            double x1 = x(m.deliverTime(), f, s);
            double y1 = AXIS + b * LANE + LANE / 2;
            if (m.arrived()) {
                g.setLineDashes();
            } else {
                g.setLineDashes(4, 4);
            }
            g.strokeLine(x0, y0, x1, y1);
            double angle = Math.atan2(y1 - y0, x1 - x0);
            g.setFill(GOSSIP);
            g.fillPolygon(
                    new double[] {x1, x1 - 8 * Math.cos(angle - 0.4), x1 - 8 * Math.cos(angle + 0.4)},
                    new double[] {y1, y1 - 8 * Math.sin(angle - 0.4), y1 - 8 * Math.sin(angle + 0.4)},
                    3);
        }
        g.setLineDashes();
    }

    /** Darkness levels of a density strip: few colours, so equal neighbours merge into one rectangle. */
    private static final Color[] LEVELS = new Color[8];

    static {
        for (int i = 0; i < LEVELS.length; i++) {
            LEVELS[i] = VV.deriveColor(0, 1, 1, 0.2 + 0.7 * (i + 1) / LEVELS.length);
        }
    }

    /**
     * Zoomed out: per lane and pixel column, how many operations fall there, as a strip whose
     * darkness grows with the count; then every mark on top (losses and conflicts in their colours,
     * divergences as triangles), so a single one among thousands still shows. One pass over the
     * chips in view fills a count and a set of marks per column; neighbouring columns that look the
     * same are drawn as one rectangle, so a frame draws at most a few thousand shapes however many
     * chips are in view.
     */
    private void density(GraphicsContext g, RunTimeline t, int from, int to, double f, double s, double w) {
        RunFilter fl = filter.get();
        boolean all = fl.isAll();
        int lanes = t.lanes().size();
        int columns = (int) Math.ceil(w - GUTTER) + 1;
        int[] counts = new int[lanes * columns];
        byte[] marked = new byte[lanes * columns];
        int max = 1;
        for (int i = from; i < to; i++) {
            if (!all && !t.accepts(fl, i)) {
                continue;
            }
            int col = (int) ((t.time(i) - f) * s);
            if (col >= 0 && col < columns) {
                int k = t.lane(i) * columns + col;
                max = Math.max(max, ++counts[k]);
                marked[k] |= t.marks(i);
            }
        }
        for (int l = 0; l < lanes; l++) {
            int base = l * columns;
            double top = AXIS + l * LANE;
            // three bands: conflicts on top, the density in the middle, LWW losses below
            marks(g, marked, base, columns, Mark.CONFLICT, CONFLICT, top + 3, 5);
            strip(g, counts, base, columns, max, top + 9, LANE - 18);
            marks(g, marked, base, columns, Mark.LOSS, LOST, top + LANE - 8, 5);
        }
        // divergences last, over everything: a line across the lanes and a triangle on its own
        for (int l = 0; l < lanes; l++) {
            for (int c = 0; c < columns; c++) {
                if ((marked[l * columns + c] & Mark.DIVERGENCE.bit()) != 0) {
                    g.setStroke(DIVERGENCE);
                    g.setLineWidth(1.5);
                    g.strokeLine(GUTTER + c + 0.5, AXIS, GUTTER + c + 0.5, AXIS + lanes * LANE);
                    triangle(g, GUTTER + c - 7, AXIS + l * LANE, 14);
                }
            }
        }
        if (!t.messages().isEmpty()) {
            // gossip too dense to draw as arrows: a tick on the receiving replica's lane
            g.setFill(GOSSIP.deriveColor(0, 1, 1, 0.5));
            for (Transmission m : t.messages()) {
                int b = t.replicaLane(m.to());
                double x = x(m.deliverTime(), f, s);
                if (b >= 0 && x >= GUTTER && x < w) {
                    g.fillRect(x, AXIS + b * LANE + 3, 1, 4);
                }
            }
        }
        int sel = selected.get();
        if (sel >= from && sel < to) {
            double x = x(t.time(sel), f, s);
            double top = AXIS + t.lane(sel) * LANE;
            g.setStroke(SELECTED);
            g.setLineWidth(2);
            g.strokeRect(x - 4, top + 1, 8, LANE - 2);
        }
    }

    /** One lane's density: runs of columns at the same level as one rectangle each. */
    private static void strip(GraphicsContext g, int[] counts, int base, int columns, int max, double y, double h) {
        int c = 0;
        while (c < columns) {
            int n = counts[base + c];
            if (n == 0) {
                c++;
                continue;
            }
            int level = Math.min(LEVELS.length - 1, (int) ((long) n * LEVELS.length / (max + 1)));
            int end = c + 1;
            while (end < columns
                    && counts[base + end] > 0
                    && Math.min(LEVELS.length - 1, (int) ((long) counts[base + end] * LEVELS.length / (max + 1)))
                            == level) {
                end++;
            }
            g.setFill(LEVELS[level]);
            g.fillRect(GUTTER + c, y, end - c, h);
            c = end;
        }
    }

    /** One lane's columns carrying {@code mark}: runs of them as one rectangle each, 2 px at least. */
    private static void marks(
            GraphicsContext g, byte[] marked, int base, int columns, Mark mark, Color colour, double y, double h) {
        g.setFill(colour);
        int c = 0;
        while (c < columns) {
            if ((marked[base + c] & mark.bit()) == 0) {
                c++;
                continue;
            }
            int end = c + 1;
            while (end < columns && (marked[base + end] & mark.bit()) != 0) {
                end++;
            }
            g.fillRect(GUTTER + c - 1, y, Math.max(2, end - c), h);
            c = end;
        }
    }
}
