package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.view.diagram.Narrowing;

/**
 * The sizes of a layout as {@link DeskFit} and {@link PresenterFit} choose them and {@link
 * WindowFit} applies them, in pixels of type: the root (header, transport), the teacher's controls,
 * the diagram, the narration, the panels; the width of the panels' column when they stand beside
 * the diagram; how the diagram makes itself narrower ({@link Narrowing}: its quiet ticks half a
 * tick, its chips' lines of two parts on two lines), so a story wider than the screen fits at
 * larger type; and, in two pages, the narration's size on the diagram's page, where it may grow
 * into room the results page does not have ({@code narration} elsewhere).
 */
record LayoutSizes(
        double root,
        double controls,
        double diagram,
        double narration,
        double panels,
        double column,
        Narrowing narrowing,
        double diagramPageNarration) {

    /** Sizes with the narration as large on both pages. */
    LayoutSizes(
            double root,
            double controls,
            double diagram,
            double narration,
            double panels,
            double column,
            Narrowing narrowing) {
        this(root, controls, diagram, narration, panels, column, narrowing, narration);
    }

    LayoutSizes withDiagram(double d) {
        return new LayoutSizes(root, controls, d, narration, panels, column, narrowing, diagramPageNarration);
    }

    /** The narration {@code n} on both pages. */
    LayoutSizes withNarration(double n) {
        return new LayoutSizes(root, controls, diagram, n, panels, column, narrowing, n);
    }

    /** The narration {@code n} on the diagram's page only (two pages). */
    LayoutSizes withDiagramPageNarration(double n) {
        return new LayoutSizes(root, controls, diagram, narration, panels, column, narrowing, n);
    }

    LayoutSizes withPanels(double p) {
        return new LayoutSizes(root, controls, diagram, narration, p, column, narrowing, diagramPageNarration);
    }

    LayoutSizes withColumn(double c) {
        return new LayoutSizes(root, controls, diagram, narration, panels, c, narrowing, diagramPageNarration);
    }
}
