package io.conflictexplorer.gui.view.diagram;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A diagram laid out at one zoom: where every chip, lane and store note goes and how large the
 * whole is, made for each model the diagram shows (each step, each drag tick) without a node. The
 * layers then draw the part of it that lies in the window around the view ({@link #chipsIn}), so
 * what a redraw costs grows with the scenario only by this plan: maps and numbers, no CSS.
 */
public final class DiagramPlan {

    private final DiagramModel model;
    private final ChipLayout layout;
    private final Bands bands;
    private final Map<String, Integer> lanes = new HashMap<>();
    private final StoreNotes.Placed notes;
    private final double lanesWidth;
    private final double width;
    private final double height;

    DiagramPlan(DiagramModel model, ChipLayout layout, Bands bands, StoreNotes.Placed notes) {
        this.model = model;
        this.layout = layout;
        this.bands = bands;
        this.notes = notes;
        Geometry g = layout.geometry();
        for (int i = 0; i < model.clients().size(); i++) {
            lanes.put(model.clients().get(i), i);
        }
        // a chip wider than the ticks after it shows whole
        double w = Math.max(g.width(model.endTime()), layout.right() + g.gap());
        lanesWidth = w;
        // a note at the last tick may reach past the axis: widen to show it whole
        width = notes.end() + g.gap() > w ? notes.end() + g.gap() : w;
        height = model.isCluster()
                ? bands.bottom() + 8 * g.zoom()
                : g.height(model.clients().size());
    }

    DiagramModel model() {
        return model;
    }

    /** Where each chip goes, and the geometry with the columns the chips widened. */
    public ChipLayout layout() {
        return layout;
    }

    Geometry geometry() {
        return layout.geometry();
    }

    Bands bands() {
        return bands;
    }

    StoreNotes.Placed notes() {
        return notes;
    }

    /** The diagram's width: its ticks, its chips and its notes. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The lanes' width: the ticks and the chips (a note may reach a little further). */
    double lanesWidth() {
        return lanesWidth;
    }

    /** The width of the lane names at the left, which the diagram keeps in view. */
    public double laneNamesWidth() {
        return layout.geometry().left();
    }

    /** Where the time cursor stands: on the tick of the last applied step, left of tick 0 before the first. */
    public double cursorX() {
        Geometry g = layout.geometry();
        return model.cursorTime() < 0 ? g.x(0) - g.tick() * 0.6 : g.x(model.cursorTime());
    }

    /** Each store note's time, left and right: a step brings its notes into view. */
    public List<double[]> noteSpans() {
        return notes.spans();
    }

    /** The lane of {@code client}. */
    int lane(String client) {
        return lanes.get(client);
    }

    /** The chip of operation {@code id}, or null. */
    DiagramModel.Chip chip(String id) {
        int i = layout.indexOf(id);
        return i < 0 ? null : model.chips().get(i);
    }

    /** The chips that reach into [{@code from}, {@code to}], in the model's order. */
    List<DiagramModel.Chip> chipsIn(double from, double to) {
        List<DiagramModel.Chip> out = new ArrayList<>();
        for (int i : layout.chipsIn(from, to)) {
            out.add(model.chips().get(i));
        }
        return out;
    }
}
