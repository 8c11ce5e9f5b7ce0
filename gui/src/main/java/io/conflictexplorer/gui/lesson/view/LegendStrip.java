package io.conflictexplorer.gui.lesson.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The legend at the end of the transport: a swatch for each of the marks a selected chip lights up
 * (causal past, future, concurrent) and for a lost write, then the button that opens the whole
 * legend. Where the row is too narrow for all of it (Presenter's large type on a small projector),
 * the swatches give way from the first, the button stays: the row is never wider than the window,
 * and the legend sheet (L) shows every mark.
 */
final class LegendStrip extends HBox {

    private static final String[][] ITEMS = {
        {"legend-past", "causal past"},
        {"legend-future", "causal future"},
        {"legend-concurrent", "concurrent"},
        {"legend-lost", "lost by LWW"}
    };

    private final Node button;

    LegendStrip(Button button) {
        this.button = button;
        getStyleClass().add("legend");
        setAlignment(Pos.CENTER_RIGHT);
        for (String[] item : ITEMS) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", item[0]);
            Label label = new Label(item[1], swatch);
            label.getStyleClass().add("legend-item");
            label.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(label);
        }
        button.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(button);
    }

    /** Every swatch and the button, the ones given way included: room for them brings them back. */
    @Override
    protected double computePrefWidth(double height) {
        double w = snappedLeftInset()
                + snappedRightInset()
                + getSpacing() * (getChildren().size() - 1);
        for (Node n : getChildren()) {
            w += n.prefWidth(height);
        }
        return w;
    }

    /** The button alone: the swatches give way first. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + button.minWidth(height);
    }

    @Override
    protected void layoutChildren() {
        // show the swatches that fit, the last ones first (they stand next to the button)
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - button.prefWidth(-1);
        for (int i = getChildren().size() - 2; i >= 0; i--) {
            Node item = getChildren().get(i);
            double need = item.prefWidth(-1) + getSpacing();
            boolean fits = need <= room;
            if (item.isManaged() != fits) {
                item.setManaged(fits);
                item.setVisible(fits);
            }
            room -= fits ? need : Double.MAX_VALUE / 4; // once one gives way, those before it do too
        }
        super.layoutChildren();
    }
}
