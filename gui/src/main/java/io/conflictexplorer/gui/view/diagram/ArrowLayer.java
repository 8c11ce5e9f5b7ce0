package io.conflictexplorer.gui.view.diagram;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.QuadCurveTo;

/**
 * The arrows between chips, under the chips: the context arcs ({@code context-arrow}) from a read
 * to the write that carried its context, above the write's lane, and the read-from arrows
 * ({@code read-from-arrow}) from each write a read returned to that read, edge to edge. One path per
 * style, kept (new paths would need CSS again); only the arrows that cross the drawn window are in
 * them.
 */
final class ArrowLayer {

    /** The read-from arrows' styles: VV's, those only LWW's one value has, each applied or pending. */
    static final List<String> READ_FROM_STYLES = List.of(
            "read-from-arrow",
            "read-from-arrow read-from-arrow-pending",
            "read-from-arrow read-from-arrow-lww-only",
            "read-from-arrow read-from-arrow-lww-only read-from-arrow-pending");

    private final Pane pane = new Pane();
    private final Path arcPath = path("context-arrow");
    private final Path headPath = path("context-arrow-head");
    private final Path pendingArcPath = path("context-arrow", "context-arrow-pending");
    private final Path pendingHeadPath = path("context-arrow-head", "context-arrow-pending");
    /** Read-from arrows by style: VV's (applied, pending), then those only LWW's one value has. */
    private final Map<String, Path> readFromPaths = new HashMap<>();
    /** Each arrow's ends ({@link #ends}) on the layout {@code endsOf}. */
    private final Map<Object, double[]> ends = new IdentityHashMap<>();

    private ChipLayout endsOf;

    ArrowLayer() {
        pane.setMouseTransparent(true);
        pane.getChildren().addAll(arcPath, headPath, pendingArcPath, pendingHeadPath);
        for (String style : READ_FROM_STYLES) {
            for (String part : List.of("", "-head")) {
                // the line has the style's classes, the head the same with read-from-arrow-head first
                Path p = path(("read-from-arrow" + part + style.substring("read-from-arrow".length())).split(" "));
                readFromPaths.put(style + part, p);
                pane.getChildren().add(p);
            }
        }
    }

    Node node() {
        return pane;
    }

    void draw(DiagramPlan plan, double from, double to) {
        drawContexts(plan, from, to);
        drawReadsFrom(plan, from, to);
    }

    /** Context arcs from a read to the write that carried its context, over the chips of the lane. */
    private void drawContexts(DiagramPlan plan, double from, double to) {
        Geometry g = plan.geometry();
        List<PathElement> arcs = new ArrayList<>();
        List<PathElement> heads = new ArrayList<>();
        List<PathElement> pendingArcs = new ArrayList<>();
        List<PathElement> pendingHeads = new ArrayList<>();
        for (DiagramModel.Arrow a : plan.model().arrows()) {
            double[] ends = ends(plan, a, a.read(), a.write());
            if (ends == null) {
                continue;
            }
            double x1 = ends[0];
            double x2 = ends[1];
            if (x1 == x2) {
                x2 += g.tick() * 0.2; // same tick: still show a small hook
            }
            if (Math.max(x1, x2) < from || Math.min(x1, x2) > to) {
                continue;
            }
            DiagramModel.Chip write = plan.chip(a.write());
            double y = g.laneTop(plan.lane(write.client())) + g.arcRoom() + 2 * g.zoom();
            double cx = (x1 + x2) / 2;
            double cy = y - g.arcRoom() * 1.7;
            List<PathElement> arc = write.applied() ? arcs : pendingArcs;
            arc.add(new MoveTo(x1, y));
            arc.add(new QuadCurveTo(cx, cy, x2, y));
            // arrow head along the curve's end tangent (control point to end point)
            double dx = x2 - cx;
            double dy = y - cy;
            double len = Math.hypot(dx, dy);
            Heads.add(write.applied() ? heads : pendingHeads, x2, y, dx / len, dy / len, 9 * g.zoom(), 0.6);
        }
        // the four paths stay; only their elements change (new nodes would need CSS again)
        PathElements.update(arcPath, arcs);
        PathElements.update(headPath, heads);
        PathElements.update(pendingArcPath, pendingArcs);
        PathElements.update(pendingHeadPath, pendingHeads);
    }

    /**
     * Read-from arrows: from the write whose value a read returned to that read, a straight line
     * from the write chip's edge to the read chip's edge, so it is never drawn under a chip.
     */
    private void drawReadsFrom(DiagramPlan plan, double from, double to) {
        Geometry g = plan.geometry();
        ChipLayout layout = plan.layout();
        Map<String, List<PathElement>> byStyle = new HashMap<>();
        readFromPaths.keySet().forEach(k -> byStyle.put(k, new ArrayList<>()));
        double hh = g.chipHeight() / 2;
        for (DiagramModel.ReadFrom r : plan.model().readsFrom()) {
            double[] ends = ends(plan, r, r.write(), r.read());
            if (ends == null) {
                continue;
            }
            double x1 = ends[0];
            double x2 = ends[1];
            if (Math.max(x1, x2) < from || Math.min(x1, x2) > to) {
                continue;
            }
            DiagramModel.Chip w = plan.chip(r.write());
            DiagramModel.Chip rd = plan.chip(r.read());
            ChipLayout.Placed pw = layout.of(w.id());
            ChipLayout.Placed pr = layout.of(rd.id());
            double y1 = g.laneTop(plan.lane(w.client())) + g.arcRoom() + hh;
            double y2 = g.laneTop(plan.lane(rd.client())) + g.arcRoom() + hh;
            double dx = x2 - x1;
            double dy = y2 - y1;
            // the fractions of the centre-to-centre line inside each chip
            double out = exit(pw.width() / 2, hh, dx, dy);
            double in = exit(pr.width() / 2, hh, dx, dy);
            if (out + in >= 1) {
                continue; // the chips touch: no room for a line
            }
            double sx = x1 + dx * out;
            double sy = y1 + dy * out;
            double ex = x2 - dx * in;
            double ey = y2 - dy * in;
            String style = "read-from-arrow" + (r.inVv() ? "" : " read-from-arrow-lww-only")
                    + (r.applied() ? "" : " read-from-arrow-pending");
            List<PathElement> line = byStyle.get(style);
            line.add(new MoveTo(sx, sy));
            line.add(new LineTo(ex, ey));
            double len = Math.hypot(ex - sx, ey - sy);
            Heads.add(byStyle.get(style + "-head"), ex, ey, (ex - sx) / len, (ey - sy) / len, 10 * g.zoom(), 0.5);
        }
        byStyle.forEach((k, elements) -> PathElements.update(readFromPaths.get(k), elements));
    }

    /**
     * The x of the chips of operations {@code from} and {@code to} that {@code arrow} joins, on the
     * plan's layout; null when one has no chip. Kept by arrow while the layout is the same: a step
     * (Home, End) keeps both, the arrows being the same objects from step to step of a run
     * ({@code OperationFacts}), and a scenario of 8,000 operations has some 19,000 arrows to place
     * before it knows which cross the drawn window.
     */
    private double[] ends(DiagramPlan plan, Object arrow, String from, String to) {
        if (plan.layout() != endsOf) {
            ends.clear();
            endsOf = plan.layout();
        }
        double[] found = ends.get(arrow);
        if (found == null && !ends.containsKey(arrow)) {
            ChipLayout.Placed a = plan.layout().of(from);
            ChipLayout.Placed b = plan.layout().of(to);
            found = a == null || b == null ? null : new double[] {a.x(), b.x()};
            ends.put(arrow, found);
        }
        return found;
    }

    /** The fraction of a line (dx, dy) from a box's centre at which it leaves the box (half sizes hw, hh). */
    private static double exit(double hw, double hh, double dx, double dy) {
        double fx = dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx);
        double fy = dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy);
        return Math.min(fx, fy);
    }

    static Path path(String... styleClasses) {
        Path p = new Path();
        p.getStyleClass().addAll(styleClasses);
        return p;
    }
}
