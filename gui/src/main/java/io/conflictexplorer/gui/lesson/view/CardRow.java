package io.conflictexplorer.gui.lesson.view;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A key's row in a result panel: its name, its conflict badge and its value cards in one line where
 * it fits, wrapping where it does not. Its preferred width is that one line's: a plain flow pane's is
 * at least its wrap length (400 px), which made every cluster replica ask for a whole row, so
 * {@link ReplicaColumns} stood two replicas one above the other on any panel narrower than two of
 * those, and Presenter's results page ran out of height.
 */
final class CardRow extends FlowPane {

    CardRow(Node... children) {
        super(children);
    }

    @Override
    protected double computePrefWidth(double height) {
        double line = 0;
        int n = 0;
        for (Node c : getManagedChildren()) {
            line += c.prefWidth(-1);
            n++;
        }
        Insets in = getInsets();
        return snapSizeX(in.getLeft() + line + snapSpaceX(getHgap()) * Math.max(0, n - 1) + in.getRight());
    }
}
