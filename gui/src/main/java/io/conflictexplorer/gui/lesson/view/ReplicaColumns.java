package io.conflictexplorer.gui.lesson.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A cluster panel's replicas in equal columns, as many to a row as fit at their preferred width, at
 * least one: two replicas side by side on a wide panel, one above the other on a narrow one (a
 * panel of Presenter's results page at the class's type). The gaps are the flow pane's, from CSS.
 */
final class ReplicaColumns extends FlowPane {

    ReplicaColumns() {
        getStyleClass().add("replica-columns");
    }

    /** How many columns a content {@code width} wide takes: as many as fit at their preferred width. */
    private int columns(double width) {
        List<Node> all = getManagedChildren();
        if (all.isEmpty()) {
            return 1;
        }
        double widest = 0;
        for (Node n : all) {
            widest = Math.max(widest, n.prefWidth(-1));
        }
        int fit = (int) Math.floor((width + snapSpaceX(getHgap())) / (widest + snapSpaceX(getHgap())));
        return Math.max(1, Math.min(all.size(), fit));
    }

    private double cellWidth(double width, int k) {
        return (width - snapSpaceX(getHgap()) * (k - 1)) / k;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node n : getManagedChildren()) {
            widest = Math.max(widest, n.minWidth(-1));
        }
        Insets in = getInsets();
        return snapSizeX(in.getLeft() + widest + in.getRight());
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> all = getManagedChildren();
        double widest = 0;
        for (Node n : all) {
            widest = Math.max(widest, n.prefWidth(-1));
        }
        Insets in = getInsets();
        double row = widest * all.size() + snapSpaceX(getHgap()) * Math.max(0, all.size() - 1);
        return snapSizeX(in.getLeft() + row + in.getRight());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double content = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        List<Node> all = getManagedChildren();
        int k = columns(content);
        double cell = cellWidth(content, k);
        double height = 0;
        for (int start = 0; start < all.size(); start += k) {
            height += rowHeight(all.subList(start, Math.min(all.size(), start + k)), cell);
        }
        int rows = (all.size() + k - 1) / k;
        return snapSizeY(in.getTop() + height + snapSpaceY(getVgap()) * Math.max(0, rows - 1) + in.getBottom());
    }

    private static double rowHeight(List<Node> row, double cell) {
        double h = 0;
        for (Node n : row) {
            h = Math.max(h, n.prefHeight(cell));
        }
        return h;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double content = getWidth() - in.getLeft() - in.getRight();
        List<Node> all = getManagedChildren();
        int k = columns(content);
        double cell = cellWidth(content, k);
        double y = in.getTop();
        for (int start = 0; start < all.size(); start += k) {
            List<Node> row = all.subList(start, Math.min(all.size(), start + k));
            double h = rowHeight(row, cell);
            double x = in.getLeft();
            for (Node n : row) {
                n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(cell), snapSizeY(h));
                x += cell + snapSpaceX(getHgap());
            }
            y += h + snapSpaceY(getVgap());
        }
    }
}
