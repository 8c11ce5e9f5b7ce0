package io.conflictexplorer.gui.model;

import javafx.beans.property.SimpleDoubleProperty;

/**
 * A double property whose value stays within [min, max]: a value set outside it is taken as the
 * nearer bound, so no listener ever sees it (a zoom from Ctrl+ past the largest, a playback speed
 * from an old settings file). It keeps its bounds when set directly or through a bidirectional
 * binding; a one-way binding would bypass them, so none is made to it.
 */
final class BoundedDoubleProperty extends SimpleDoubleProperty {

    private final double min;
    private final double max;

    BoundedDoubleProperty(double initial, double min, double max) {
        super(Math.max(min, Math.min(max, initial)));
        this.min = min;
        this.max = max;
    }

    @Override
    public void set(double value) {
        super.set(Math.max(min, Math.min(max, value)));
    }
}
