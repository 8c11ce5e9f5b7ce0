package io.conflictexplorer.gui.lesson.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * The full legend ({@link Legend#ENTRIES}) over the window ({@link SheetOverlay}), each mark drawn
 * with the diagram's own style classes in the window's own stylesheets (so Presenter and the dark
 * theme show their own colours), and a button that opens the explainer of the clock notation.
 */
final class LegendSheet {

    private LegendSheet() {}

    static void show(SheetOverlay overlay) {
        GridPane rows = new GridPane();
        rows.setId("legend-rows");
        rows.getStyleClass().add("legend-rows");
        int row = 0;
        String section = "";
        for (Legend.Entry e : Legend.ENTRIES) {
            if (!e.section().equals(section)) {
                section = e.section();
                Label heading = new Label(section);
                heading.getStyleClass().add("legend-section");
                rows.add(heading, 0, row++, 2, 1);
            }
            Label meaning = new Label(e.meaning());
            meaning.getStyleClass().add("legend-meaning");
            meaning.setWrapText(true);
            meaning.setMaxWidth(460);
            rows.addRow(row++, sample(e), meaning);
        }
        Label clocks = new Label(Legend.CLOCKS);
        clocks.setId("clock-explainer");
        clocks.getStyleClass().add("clock-explainer");
        clocks.setWrapText(true);
        clocks.setMaxWidth(640);
        clocks.setVisible(false);
        clocks.managedProperty().bind(clocks.visibleProperty());
        Button howTo = new Button("How to read a clock: descends, concurrent");
        howTo.setId("show-clock-explainer");
        howTo.setOnAction(ev -> {
            clocks.setVisible(!clocks.isVisible());
        });
        VBox content = new VBox(12, howTo, clocks, rows);
        overlay.show("legend-sheet", "What every mark means", content);
    }

    private static Node sample(Legend.Entry e) {
        switch (e.kind()) {
            case CHIP -> {
                // built as the diagram builds a chip (a box, its title inside), so the diagram's rules
                // apply to it: a lost write's title is struck through in the lost colour here too
                Label title = new Label(e.sample());
                title.getStyleClass().add("chip-title");
                VBox chip = new VBox(title);
                chip.getStyleClass().addAll(e.classes());
                chip.setMinWidth(Region.USE_PREF_SIZE);
                chip.setMaxWidth(Region.USE_PREF_SIZE);
                return chip;
            }
            case ARROW -> {
                Line line = new Line(4, 10, 76, 10);
                line.getStyleClass().addAll(e.classes());
                Polygon head = new Polygon(76, 10, 66, 4, 66, 16);
                head.getStyleClass().addAll(headClasses(e.classes()));
                Pane p = new Pane(line, head);
                p.setMinSize(84, 20);
                p.setPrefSize(84, 20);
                return p;
            }
            default -> {
                Label word = new Label(e.sample());
                word.getStyleClass().addAll(e.classes());
                word.setMinWidth(Region.USE_PREF_SIZE);
                return word;
            }
        }
    }

    /** The arrow head's classes: the diagram's "-head" class of the line's last class. */
    private static List<String> headClasses(List<String> classes) {
        String last = classes.get(classes.size() - 1);
        return List.of(last.equals("time-cursor") ? "legend-no-head" : last + "-head");
    }
}
