package io.conflictexplorer.gui.export;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Transmission;
import io.conflictexplorer.gui.export.Figure.Anchor;
import io.conflictexplorer.gui.export.Figure.Box;
import io.conflictexplorer.gui.export.Figure.Line;
import io.conflictexplorer.gui.export.Figure.Mark;
import io.conflictexplorer.gui.export.Figure.Text;
import io.conflictexplorer.gui.platform.Theme;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out one step of a run as a 16:9 slide (1920 x 1080 logical pixels), whatever the window's
 * size and scroll: the scenario's title, the caption "step k of n, t=...", the space-time diagram
 * with every lane over the whole time range (or a chosen one), and the LWW and VV panels at that
 * step with every stored value and every LOST card. It reads only the pure projection
 * ({@link TraceProjection#frame}), so a slide shows what the window shows at that step and decides
 * no store rule; what happens after the step is drawn faded, as the window does.
 */
public final class SlideLayout {

    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private static final double MARGIN = 48;
    private static final double LANE_LABEL_RIGHT = 190;
    private static final double TIME_LEFT = 230;
    private static final double TIME_RIGHT = WIDTH - MARGIN - 20;
    private static final double DIAGRAM_TOP = 140;
    private static final double DIAGRAM_BOTTOM = 590;
    /** The panels start this far below the diagram's time axis. */
    private static final double PANEL_GAP_ABOVE = 56;

    private static final double PANEL_BOTTOM = HEIGHT - 32;
    private static final double PANEL_GAP = 32;
    /** At least the widest average advance of the bold fonts in use: texts placed after another. */
    private static final double WIDE_CHAR = 0.75;

    private static final double FADED = 0.35;
    /** The least width of a replica's column of cards in a panel. */
    private static final double REPLICA_COLUMN = 300;
    /** The height of a row of value cards (one line of them). */
    private static final double ROW_HEIGHT = 54;

    private final Theme theme;
    private final List<Mark> marks = new ArrayList<>();

    private SlideLayout(Theme theme) {
        this.theme = theme;
    }

    /** The slide of {@code sim} after {@code step} applied steps, over its whole time range. */
    public static Figure slide(Simulation sim, int step, Theme theme) {
        return slide(sim, step, theme, null);
    }

    /**
     * The slide of {@code sim} after {@code step} applied steps (0 to the trace's size) over
     * {@code range}, or the whole time range when it is null.
     */
    public static Figure slide(Simulation sim, int step, Theme theme, TimeRange range) {
        TraceProjection.Frame frame = TraceProjection.frame(sim, step, null);
        SlideLayout layout = new SlideLayout(theme);
        layout.lay(sim.scenario().title(), frame, range);
        return new Figure(WIDTH, HEIGHT, theme.colour("paper"), layout.marks);
    }

    private String c(String name) {
        return theme.colour(name);
    }

    private void lay(String title, TraceProjection.Frame frame, TimeRange range) {
        text(MARGIN, 70, title.isBlank() ? "Untitled scenario" : title, 40, c("ink"), true, Anchor.START);
        text(MARGIN, 112, caption(frame.stepText()), 26, c("muted"), false, Anchor.START);
        DiagramModel d = frame.diagram();
        // one tick more than the run, so a chip on the last tick is not cut at the right edge
        TimeRange r = range != null ? range : new TimeRange(0, d.endTime() + 2);
        double top = diagram(d, r) + PANEL_GAP_ABOVE;
        double half = (WIDTH - 2 * MARGIN - PANEL_GAP) / 2;
        panel(MARGIN, top, half, "LWW: last writer wins", frame.lwwPanel(), frame.lwwNarration());
        panel(MARGIN + half + PANEL_GAP, top, half, "VV: version vectors", frame.vvPanel(), frame.vvNarration());
    }

    /** The projection's step line without its "start, " (the caption says step 0 of n). */
    static String caption(String stepText) {
        return stepText.startsWith("start, ")
                ? stepText.substring("start, ".length()) + ", before the first"
                : stepText;
    }

    // ---- the space-time diagram ----

    /** Draws the diagram; returns the y of its time axis's labels. */
    private double diagram(DiagramModel d, TimeRange r) {
        List<String> lanes = new ArrayList<>(d.clients());
        List<String> stores = d.isCluster()
                ? d.replicas().stream().map(DiagramModel.ReplicaLane::id).toList()
                : List.of("store");
        lanes.addAll(stores);
        double laneH = Math.min(110, (DIAGRAM_BOTTOM - DIAGRAM_TOP) / lanes.size());
        Map<String, Double> laneY = new HashMap<>(); // a lane's middle
        for (int i = 0; i < lanes.size(); i++) {
            String lane = lanes.get(i);
            boolean store = i >= d.clients().size();
            double top = DIAGRAM_TOP + i * laneH;
            box(
                    MARGIN,
                    top,
                    WIDTH - 2 * MARGIN,
                    laneH,
                    c(store ? "store" : i % 2 == 0 ? "lane-even" : "lane-odd"),
                    null);
            laneY.put(lane, top + laneH / 2);
            String label = lane;
            if (d.isCluster() && store) {
                long skew = d.replicas().get(i - d.clients().size()).skew();
                label = skew == 0 ? lane : lane + (skew > 0 ? " +" : " ") + skew;
            }
            text(MARGIN + 14, top + laneH / 2 + 9, label, 26, c("ink"), true, Anchor.START);
        }
        double bottom = DIAGRAM_TOP + lanes.size() * laneH;
        double px = (TIME_RIGHT - TIME_LEFT) / Math.max(1, r.to() - r.from());
        TimeAxis x = t -> TIME_LEFT + (t - r.from() + 0.5) * px;
        axis(r, x, px, bottom);
        if (d.cursorTime() >= 0 && r.contains(d.cursorTime())) { // under the chips, as in the window
            double cx = x.at(d.cursorTime());
            line(cx, DIAGRAM_TOP - 8, cx, bottom + 4, c("cursor"), 3, 0, false, 1);
            text(cx, DIAGRAM_TOP - 12, "t=" + d.cursorTime(), 18, c("cursor"), true, Anchor.MIDDLE);
        }
        for (DiagramModel.PartitionBar p : d.partitions()) {
            if (laneY.containsKey(p.a()) && laneY.containsKey(p.b())) {
                double from = x.at(Math.max(p.start(), r.from())) - px / 2;
                double to = x.at(Math.min(p.end(), r.to())) - px / 2;
                double y = (laneY.get(p.a()) + laneY.get(p.b())) / 2;
                if (to > from) {
                    box(from, y - 5, to - from, 10, c("cut"), null);
                    text(from + 4, y - 10, "link " + p.a() + "-" + p.b() + " cut", 16, c("cut"), true, Anchor.START);
                }
            }
        }
        for (DiagramModel.Message m : d.messages()) {
            if (!r.contains(m.sendTime())) {
                continue;
            }
            message(m, x, laneY, r);
        }
        double chipH = Math.min(64, laneH * 0.72);
        // a chip may be wider than its tick, up to halfway to its neighbours on its own lane
        Map<String, Double> chipW = SlideChips.widths(d, r, px);
        Map<String, double[]> chipAt = new HashMap<>();
        for (DiagramModel.Chip chip : d.chips()) {
            if (r.contains(chip.time())) {
                chipAt.put(chip.id(), new double[] {x.at(chip.time()), laneY.get(chip.client())});
            }
        }
        for (DiagramModel.Chip chip : d.chips()) {
            double[] at = chipAt.get(chip.id());
            String store = chip.replica() != null ? chip.replica() : "store";
            if (at == null || !laneY.containsKey(store)) {
                continue;
            }
            double storeY = laneY.get(store);
            double opacity = chip.applied() ? 1 : FADED;
            if (chip.write()) {
                line(at[0], at[1] + chipH / 2, at[0], storeY - 6, c("arrow"), 1.5, 5, true, opacity);
            } else {
                line(at[0], storeY - 6, at[0], at[1] + chipH / 2, c("arrow"), 1.5, 5, true, opacity);
            }
        }
        for (DiagramModel.Arrow a : d.arrows()) {
            double[] from = chipAt.get(a.read());
            double[] to = chipAt.get(a.write());
            if (from != null && to != null) {
                line(
                        from[0] + chipW.get(a.read()) / 2,
                        from[1],
                        to[0] - chipW.get(a.write()) / 2,
                        to[1],
                        c("vv"),
                        2,
                        0,
                        true,
                        1);
            }
        }
        for (DiagramModel.Chip chip : d.chips()) {
            double[] at = chipAt.get(chip.id());
            if (at != null) {
                chip(chip, at[0], at[1], chipW.get(chip.id()), chipH);
            }
        }
        Map<String, Integer> stacked = new HashMap<>();
        for (DiagramModel.StoreMark m : d.marks()) {
            String lane = m.replica() != null ? m.replica() : "store";
            if (!r.contains(m.time()) || !laneY.containsKey(lane)) {
                continue;
            }
            int n = stacked.merge(lane + "@" + m.time(), 1, Integer::sum) - 1;
            String colour = m.loss() ? c("lost") : m.conflict() ? c("conflict") : c("ink");
            text(x.at(m.time()) + 8, laneY.get(lane) + 20 + n * 19, m.text(), 17, colour, m.loss(), Anchor.START);
        }
        return bottom + 26;
    }

    /** Where tick {@code t} is drawn: the middle of its column. */
    private interface TimeAxis {
        double at(long t);
    }

    private void axis(TimeRange r, TimeAxis x, double px, double bottom) {
        long every = 1;
        while (every * px < 56) {
            every = every == 1 ? 2 : every == 2 ? 5 : every * 2;
        }
        for (long t = r.from(); t < r.to(); t++) {
            if (t % every == 0) {
                line(x.at(t), bottom, x.at(t), bottom + 6, c("muted"), 1, 0, false, 1);
                text(x.at(t), bottom + 26, "t=" + t, 16, c("muted"), false, Anchor.MIDDLE);
            }
        }
    }

    private void message(DiagramModel.Message m, TimeAxis x, Map<String, Double> laneY, TimeRange r) {
        if (!laneY.containsKey(m.from()) || !laneY.containsKey(m.to())) {
            return;
        }
        double opacity = m.applied() ? 1 : FADED;
        double x1 = x.at(m.sendTime());
        double y1 = laneY.get(m.from());
        double y2 = laneY.get(m.to());
        boolean lost = m.status() == Transmission.Status.CUT || m.status() == Transmission.Status.DROPPED;
        double x2 = x.at(Math.min(m.deliverTime(), r.to() - 1));
        if (lost) {
            double mx = (x1 + x2) / 2;
            double my = (y1 + y2) / 2;
            line(x1, y1, mx, my, c("cut"), 2, 8, false, opacity);
            text(mx, my + 9, "×", 28, c("cut"), true, Anchor.MIDDLE, opacity);
            return;
        }
        if (m.lossInLww() || m.lossInVv()) {
            line(x1, y1, x2, y2, c("lost"), 3.5, m.lossInVv() ? 14 : 0, true, opacity);
        } else if (m.changed()) {
            line(x1, y1, x2, y2, c("gossip-changed"), 2.5, 0, true, opacity);
        } else {
            line(x1, y1, x2, y2, c("gossip"), 1.2, 0, true, opacity * 0.8);
        }
    }

    private void chip(DiagramModel.Chip chip, double cx, double cy, double w, double h) {
        double opacity = chip.applied() ? 1 : FADED;
        boolean lost = chip.lostInLww();
        String fill = chip.write() ? c("write") : c("read");
        String stroke = lost ? c("lost") : chip.write() ? c("write-border") : c("read-border");
        marks.add(new Box(
                cx - w / 2, cy - h / 2, w, h, fill, stroke, lost ? 4 : 1.5, chip.noContext() ? 6 : 0, 8, opacity));
        SlideChips.Fitted fitted = SlideChips.lines(chip, w - 10, h - 6);
        List<String> wrapped = fitted.lines();
        double size = fitted.size();
        int titleLines = fitted.titleLines();
        double y = cy - wrapped.size() * size * 1.1 / 2 + size * 0.85;
        for (int i = 0; i < wrapped.size(); i++) {
            boolean title = i < titleLines;
            text(
                    cx,
                    y,
                    wrapped.get(i),
                    title ? size : size * 0.9,
                    title ? c("ink") : c(chip.write() ? "vv" : "muted"),
                    title,
                    Anchor.MIDDLE,
                    opacity);
            y += size * 1.1;
        }
        if (lost && chip.applied()) {
            text(cx, cy - h / 2 - 6, "LOST in LWW", 15, c("lost"), true, Anchor.MIDDLE);
        }
    }

    /** "1 write", "2 writes": a projected "1 writes" is the line the whole class reads. */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---- the result panels ----

    private void panel(double left, double top, double width, String heading, PanelState p, String narration) {
        box(left, top, width, PANEL_BOTTOM - top, c("paper"), c("muted"));
        double x = left + 20;
        double y = top + 42;
        text(x, y, heading, 30, c("ink"), true, Anchor.START);
        String counters = count(p.counters().acknowledged(), "write") + " acknowledged, "
                + count(p.counters().visible(), "value") + " visible now";
        boolean losses = p.counters().lost() > 0;
        String lost = p.counters().lost() + " lost";
        text(left + width - 20, y, lost, 30, losses ? c("lost") : c("ok"), true, Anchor.END);
        y += 30;
        text(x, y, counters, 20, c("muted"), false, Anchor.START);
        y += 30;
        for (String line : SlideText.wrap(narration, width - 40, 19, 2)) {
            text(x, y, line, 19, c("ink"), false, Anchor.START);
            y += 25;
        }
        // laid out to the panel's bottom; if something does not fit, again with room for a line that says so
        int before = marks.size();
        int hidden = content(x, y, width, p, 8);
        if (hidden > 0) {
            marks.subList(before, marks.size()).clear();
            hidden = content(x, y, width, p, 34);
            text(
                    x,
                    PANEL_BOTTOM - 14,
                    hidden + " more " + (hidden == 1 ? "card" : "cards") + " than fit: the app shows them all",
                    17,
                    c("muted"),
                    true,
                    Anchor.START);
        }
    }

    /**
     * The panel's cards from {@code y} down, each only if it ends {@code reserve} above the panel's
     * bottom; returns how many cards were left out.
     */
    private int content(double x, double y, double width, PanelState p, double reserve) {
        int hidden = 0;
        if (p.isCluster()) {
            text(
                    x,
                    y + 4,
                    p.converged() ? "replicas agree" : "replicas differ",
                    18,
                    p.converged() ? c("ok") : c("conflict"),
                    true,
                    Anchor.START);
            y += 14;
            // the replicas side by side where each gets a card's room, else one under the other
            int n = p.replicas().size();
            boolean across = n > 1 && (width - 40) / n >= REPLICA_COLUMN;
            double column = across ? (width - 40) / n : width - 40;
            double top = y;
            double bottom = y;
            for (int i = 0; i < n; i++) {
                PanelState.ReplicaState rs = p.replicas().get(i);
                double at = across ? top : bottom;
                if (fits(at + 10, ROW_HEIGHT, reserve)) {
                    double below =
                            cardRow(x + (across ? i * column : 0), at + 10, column - 10, rs.replica(), rs.keys());
                    bottom = Math.max(bottom, below);
                } else {
                    hidden +=
                            rs.keys().stream().mapToInt(k -> k.values().size()).sum();
                }
            }
            y = bottom;
            y += 6;
            for (PanelState.LostCard l : p.lost()) {
                if (fits(y, lostHeight(l, width - 40), reserve)) {
                    y = lostCard(x, y, width - 40, l) + 8;
                } else {
                    hidden++;
                }
            }
        } else {
            y += 4;
            for (PanelState.KeyState k : p.keys()) {
                if (fits(y + 10, ROW_HEIGHT, reserve)) {
                    y = cardRow(x, y + 6, width - 40, k.key(), List.of(k));
                } else {
                    hidden += k.values().size();
                }
                for (PanelState.LostCard l : k.lost()) {
                    if (fits(y + 4, lostHeight(l, width - 40), reserve)) {
                        y = lostCard(x, y + 4, width - 40, l) + 4;
                    } else {
                        hidden++;
                    }
                }
            }
        }
        return hidden;
    }

    /** True when a part {@code height} tall below {@code y} ends {@code reserve} above the panel's bottom. */
    private static boolean fits(double y, double height, double reserve) {
        return y + height <= PANEL_BOTTOM - reserve;
    }

    /** The height of {@link #lostCard}'s card for {@code l}. */
    private static double lostHeight(PanelState.LostCard l, double width) {
        return 38 + SlideText.wrap(l.explanation(), width - 24, 16, 3).size() * 21;
    }

    /** A row of value cards after {@code label}; returns the y below it. */
    private double cardRow(double x, double y, double width, String label, List<PanelState.KeyState> keys) {
        double h = 54;
        text(x, y + 35, label, 22, c("ink"), true, Anchor.START);
        double cx = x + 60;
        for (PanelState.KeyState k : keys) {
            if (k.values().isEmpty()) {
                text(cx, y + 35, k.key() + ": nothing stored", 18, c("muted"), false, Anchor.START);
                cx += 220;
            }
            for (PanelState.Card card : k.values()) {
                String value = k.key() + "=" + card.value();
                String clock = card.clock() + (card.dot() != null ? " dot " + card.dot() : "");
                double w = Math.max(value.length() * 22 * WIDE_CHAR, clock.length() * 15 * WIDE_CHAR) + 24;
                if (cx + w > x + width) {
                    cx = x + 60;
                    y += h + 8;
                }
                String fill = k.conflict() ? c("conflict-bg") : c("write");
                String stroke = k.conflict() ? c("conflict") : c("write-border");
                box(cx, y, w, h, fill, stroke);
                text(cx + 12, y + 25, value, 22, c("ink"), true, Anchor.START);
                text(cx + 12, y + 46, clock, 15, c("vv"), false, Anchor.START);
                cx += w + 10;
            }
        }
        return y + h;
    }

    /** A LOST card: the struck value, its writer and the sentence that explains the loss. */
    private double lostCard(double x, double y, double width, PanelState.LostCard l) {
        List<String> why = SlideText.wrap(l.explanation(), width - 24, 16, 3);
        double h = lostHeight(l, width);
        box(x, y, width, h, c("lost-bg"), c("lost"));
        text(x + 12, y + 27, "LOST", 22, c("lost"), true, Anchor.START);
        // measured generously: the texts are laid out apart, and the renderers' fonts differ a little
        double after = x + 12 + 4 * 22 * WIDE_CHAR + 12;
        text(after, y + 27, l.value(), 22, c("lost"), true, Anchor.START, 1, true);
        text(after + l.value().length() * 22 * WIDE_CHAR + 16, y + 27, l.clock(), 17, c("vv"), false, Anchor.START);
        double ty = y + 50;
        for (String line : why) {
            text(x + 12, ty, line, 16, c("ink"), false, Anchor.START);
            ty += 21;
        }
        return y + h;
    }

    // ---- marks ----

    private void box(double x, double y, double w, double h, String fill, String stroke) {
        marks.add(new Box(x, y, w, h, fill, stroke, 1.5, 0, 8, 1));
    }

    private void line(
            double x1,
            double y1,
            double x2,
            double y2,
            String colour,
            double width,
            double dash,
            boolean head,
            double opacity) {
        marks.add(new Line(x1, y1, x2, y2, colour, width, dash, head, opacity));
    }

    private void text(double x, double y, String s, double size, String colour, boolean bold, Anchor anchor) {
        text(x, y, s, size, colour, bold, anchor, 1);
    }

    private void text(
            double x, double y, String s, double size, String colour, boolean bold, Anchor anchor, double opacity) {
        text(x, y, s, size, colour, bold, anchor, opacity, false);
    }

    private void text(
            double x,
            double y,
            String s,
            double size,
            String colour,
            boolean bold,
            Anchor anchor,
            double opacity,
            boolean struck) {
        marks.add(new Text(x, y, s, size, colour, bold, anchor, struck, opacity));
    }
}
