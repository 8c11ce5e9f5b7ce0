package io.conflictexplorer.gui.run.view;

import io.conflictexplorer.gui.run.model.RunFrame;
import io.conflictexplorer.gui.run.model.RunFrames;
import io.conflictexplorer.gui.run.model.RunViewport;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link RunFrame} onto a canvas in a {@link RunPalette}'s colours: the lanes, then
 * (clipped to the time area) the axis, the run zoomed in or out and the mode lines, then the lane
 * names over the gutter. It decides nothing: what is drawn where comes from the frame, which holds
 * only what is in view.
 */
final class RunPainter {

    private static final Font AXIS_FONT = Font.font(11);
    private static final Font CHIP_FONT = Font.font(10);
    private static final Font MODE_FONT = Font.font(null, FontWeight.BOLD, 11);
    private static final Font LANE_FONT = Font.font(null, FontWeight.BOLD, 12);

    private RunPainter() {}

    /** Paints {@code f} over the whole of a {@code width} x {@code height} canvas. */
    static void paint(GraphicsContext g, RunFrame f, RunPalette p, double width, double height) {
        g.setFill(p.paper);
        g.fillRect(0, 0, width, height);
        for (RunFrame.Lane l : f.lanes()) {
            g.setFill(fill(l, p));
            g.fillRect(0, l.y(), width, l.height());
        }
        g.save();
        g.beginPath();
        g.rect(RunViewport.GUTTER, 0, width - RunViewport.GUTTER, height);
        g.clip();
        axis(g, f, p);
        gossip(g, f, p);
        chips(g, f, p);
        density(g, f, p);
        modeLines(g, f, p);
        g.restore();
        laneNames(g, f, p, height);
    }

    private static Color fill(RunFrame.Lane l, RunPalette p) {
        return switch (l.kind()) {
            case STORE -> p.store;
            case EVEN -> p.laneEven;
            case ODD -> p.laneOdd;
        };
    }

    private static void axis(GraphicsContext g, RunFrame f, RunPalette p) {
        g.setFill(p.muted);
        g.setStroke(p.tick);
        g.setLineWidth(1);
        g.setFont(AXIS_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (RunFrame.AxisTick t : f.ticks()) {
            g.strokeLine(t.x(), RunFrames.AXIS - 4, t.x(), RunFrames.AXIS);
            g.fillText(t.label(), t.x() + 2, RunFrames.AXIS / 2);
        }
    }

    private static void gossip(GraphicsContext g, RunFrame f, RunPalette p) {
        g.setStroke(p.gossip);
        g.setFill(p.gossip);
        g.setLineWidth(1.2);
        for (RunFrame.Arrow a : f.gossip()) {
            if (a.dashed()) {
                g.setLineDashes(4, 4);
            } else {
                g.setLineDashes();
            }
            RunFrame.Line l = a.line();
            g.strokeLine(l.x0(), l.y0(), l.x1(), l.y1());
            g.fillPolygon(
                    new double[] {l.x1(), a.leftX(), a.rightX()}, new double[] {l.y1(), a.leftY(), a.rightY()}, 3);
        }
        g.setLineDashes();
    }

    private static void chips(GraphicsContext g, RunFrame f, RunPalette p) {
        // context arrows first, under the chips: from the read whose reply the write carried
        g.setStroke(p.vv);
        // the end's dot took whatever fill was set last: the gossip's when arrows were drawn
        g.setFill(f.gossip().isEmpty() ? p.muted : p.gossip);
        g.setLineWidth(1.2);
        for (RunFrame.Line l : f.contextArrows()) {
            g.strokeLine(l.x0(), l.y0(), l.x1(), l.y1());
            g.fillOval(l.x1() - 2, l.y1() - 2, 4, 4);
        }
        // in a cluster, each operation's replica: a dotted line down to that replica's lane
        g.setStroke(p.replicaLink);
        g.setLineWidth(1);
        g.setLineDashes(2, 3);
        for (RunFrame.Line l : f.replicaLinks()) {
            g.strokeLine(l.x0(), l.y0(), l.x1(), l.y1());
            g.strokeOval(l.x1() - 2, l.y1() - 2, 4, 4);
        }
        g.setLineDashes();
        g.setFont(CHIP_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (RunFrame.Chip c : f.chips()) {
            chip(g, c, p);
        }
    }

    private static void chip(GraphicsContext g, RunFrame.Chip c, RunPalette p) {
        double left = c.x() - c.width() / 2;
        g.setFill(c.write() ? p.write : p.read);
        g.fillRoundRect(left, c.top(), c.width(), c.height(), 6, 6);
        g.setLineWidth(c.lost() ? 2.5 : 1);
        g.setStroke(c.lost() ? p.lost : c.write() ? p.writeBorder : p.readBorder);
        if (c.lost()) {
            g.setLineDashes(4, 3);
        }
        g.strokeRoundRect(left, c.top(), c.width(), c.height(), 6, 6);
        g.setLineDashes();
        if (!c.label().isEmpty()) {
            g.setFill(p.ink);
            g.fillText(c.label(), c.x(), c.top() + c.height() / 2, c.width() - 4);
        }
        if (c.conflict()) {
            g.setFill(p.conflict);
            g.fillOval(c.x() + c.width() / 2 - 7, c.top() - 3, 8, 8);
        }
        if (c.literal()) {
            // a clock sent that no read returned: a literal context, drawn as braces
            g.setFill(p.vv);
            g.fillText("{ }", c.x(), c.top() - 1);
        }
        if (c.divergence()) {
            triangle(g, p, left + 1, c.top() - 3, 10);
        }
        if (c.selected()) {
            g.setStroke(p.selected);
            g.setLineWidth(3);
            g.strokeRoundRect(left - 3, c.top() - 3, c.width() + 6, c.height() + 6, 8, 8);
        }
    }

    private static void triangle(GraphicsContext g, RunPalette p, double x, double y, double size) {
        double[] xs = {x, x + size, x + size / 2};
        double[] ys = {y, y, y + size};
        g.setFill(p.divergence);
        g.fillPolygon(xs, ys, 3);
        g.setStroke(p.ink);
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 3);
    }

    private static void density(GraphicsContext g, RunFrame f, RunPalette p) {
        for (RunFrame.Band b : f.bands()) {
            g.setFill(
                    switch (b.kind()) {
                        case DENSITY -> p.levels[b.level()];
                        case CONFLICT -> p.conflict;
                        case LOSS -> p.lost;
                    });
            g.fillRect(b.x(), b.y(), b.width(), b.height());
        }
        // divergences last, over everything: a line across the lanes and a triangle on its own
        for (RunFrame.DivergenceColumn d : f.divergences()) {
            g.setStroke(p.divergence);
            g.setLineWidth(1.5);
            g.strokeLine(d.lineX(), d.top(), d.lineX(), d.bottom());
            triangle(g, p, d.triangleX(), d.triangleY(), 14);
        }
        g.setFill(p.gossipTick);
        for (RunFrame.Box b : f.gossipTicks()) {
            g.fillRect(b.x(), b.y(), b.width(), b.height());
        }
        RunFrame.Box s = f.selection();
        if (s != null) {
            g.setStroke(p.selected);
            g.setLineWidth(2);
            g.strokeRect(s.x(), s.y(), s.width(), s.height());
        }
    }

    private static void modeLines(GraphicsContext g, RunFrame f, RunPalette p) {
        g.setStroke(p.selected);
        g.setFill(p.selected);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.setFont(MODE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (RunFrame.ModeLine m : f.modeLines()) {
            g.strokeLine(m.x(), m.top(), m.x(), m.bottom());
            if (!m.label().isEmpty()) {
                g.fillText(m.label(), m.x() + 3, m.top() - 8);
            }
        }
        g.setLineDashes();
    }

    private static void laneNames(GraphicsContext g, RunFrame f, RunPalette p, double height) {
        g.setFill(p.paper);
        g.fillRect(0, 0, RunViewport.GUTTER, height);
        g.setFont(LANE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (RunFrame.Lane l : f.lanes()) {
            g.setFill(fill(l, p));
            g.fillRect(0, l.y(), RunViewport.GUTTER, l.height());
            g.setFill(p.ink);
            g.fillText(l.name(), 6, l.y() + l.height() / 2, RunViewport.GUTTER - 8);
        }
    }
}
