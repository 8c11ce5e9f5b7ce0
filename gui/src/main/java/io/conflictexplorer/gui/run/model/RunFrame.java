package io.conflictexplorer.gui.run.model;

import java.util.List;

/**
 * Everything the run window's canvas draws for one viewport, in canvas pixels, and nothing outside
 * it (made by {@link RunFrames}): the painter only paints these values, in this order, in the
 * theme's colours. Zoomed in ({@link RunViewport#detailed()}) the run is chips, context arrows,
 * replica links and gossip arrows; zoomed out it is density {@link Band}s, a line per divergence
 * and a tick per gossip message.
 *
 * @param lanes          one band per lane, top to bottom (drawn across the width, and again under
 *                       the lane names in the gutter)
 * @param ticks          the time axis' labelled ticks
 * @param gossip         gossip arrows, zoomed in
 * @param contextArrows  from the read whose reply a write's context came from to the write, zoomed in
 * @param replicaLinks   from each operation down to the replica that served it, zoomed in
 * @param chips          the chips, in time order, zoomed in
 * @param bands          zoomed out, lane by lane: conflicts above, density in the middle, losses below
 * @param divergences    zoomed out: a line across the lanes and a triangle on the chip's lane
 * @param gossipTicks    zoomed out: a tick on the receiving replica's lane
 * @param selection      zoomed out: a box around the selected chip; null when none is in view
 * @param modeLines      dashed lines where the mode changes, over everything in the time area
 */
public record RunFrame(
        double width,
        double height,
        List<Lane> lanes,
        List<AxisTick> ticks,
        List<Arrow> gossip,
        List<Line> contextArrows,
        List<Line> replicaLinks,
        List<Chip> chips,
        List<Band> bands,
        List<DivergenceColumn> divergences,
        List<Box> gossipTicks,
        Box selection,
        List<ModeLine> modeLines) {

    /** A frame with nothing to draw but the paper. */
    public static RunFrame empty(double width, double height) {
        return new RunFrame(
                width, height, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of());
    }

    /** What a lane is: a client's (alternating shades) or a replica's. */
    public enum LaneKind {
        EVEN,
        ODD,
        STORE
    }

    /** A lane's band and the name written in the gutter. */
    public record Lane(double y, double height, LaneKind kind, String name) {}

    /** A labelled tick of the time axis. */
    public record AxisTick(double x, String label) {}

    /** A straight line. */
    public record Line(double x0, double y0, double x1, double y1) {}

    /** A line with a head at its end; dashed when the message was dropped. */
    public record Arrow(Line line, boolean dashed, double leftX, double leftY, double rightX, double rightY) {}

    /** A rectangle. */
    public record Box(double x, double y, double width, double height) {}

    /**
     * One chip, zoomed in.
     *
     * @param x       its centre
     * @param top     its top edge
     * @param label   its text ({@code W x}, or only the key when narrow); empty when too narrow for any
     * @param literal a write that sent a clock no read returned, and wide enough to say so
     */
    public record Chip(
            double x,
            double top,
            double width,
            double height,
            String label,
            boolean write,
            boolean lost,
            boolean conflict,
            boolean literal,
            boolean divergence,
            boolean selected) {}

    /** What a zoomed-out band shows. */
    public enum BandKind {
        /** How many operations fall on these columns: {@link Band#level()} of {@link RunFrames#LEVELS}. */
        DENSITY,
        CONFLICT,
        LOSS
    }

    /** Columns of one lane that look the same, zoomed out, as one rectangle. */
    public record Band(BandKind kind, int level, double x, double y, double width, double height) {}

    /** A divergence zoomed out: a line across the lanes at {@code lineX} and a triangle on its lane. */
    public record DivergenceColumn(double lineX, double top, double bottom, double triangleX, double triangleY) {}

    /** A mark on the time axis: a dashed line down the lanes and its label at the top. */
    public record ModeLine(double x, double top, double bottom, String label) {}
}
