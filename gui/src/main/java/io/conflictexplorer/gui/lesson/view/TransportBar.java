package io.conflictexplorer.gui.lesson.view;

import static io.conflictexplorer.gui.lesson.view.Buttons.button;

import io.conflictexplorer.gui.lesson.model.Document;
import io.conflictexplorer.gui.lesson.model.LessonMode;
import io.conflictexplorer.gui.lesson.model.Playback;
import io.conflictexplorer.gui.lesson.model.Presentation;
import io.conflictexplorer.gui.lesson.model.Presentation.Page;
import io.conflictexplorer.gui.lesson.model.Projected;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar under the diagram: back, play and forward, the time-cursor slider, the step line, the
 * status line (with a button that dismisses it), the page switch where Presenter shows the lesson
 * in two pages, and the legend strip. A step forward is the lesson's ({@link
 * LessonMode#stepForward()}), so predict mode holds for the button as for the keys.
 */
final class TransportBar extends HBox {

    TransportBar(
            Playback playback,
            LessonMode lesson,
            Projected projected,
            Document document,
            Presentation presentation,
            Node legend) {
        Button back =
                button("step-back", "mdi2s-step-backward", null, "Back one event (PageUp or Left)", playback::stepBack);
        Button play = button("play", "mdi2p-play", null, "Play / pause (Space)", playback::togglePlay);
        playback.playingProperty()
                .addListener((obs, was, now) ->
                        ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play"));
        Button forward = button(
                "step-forward",
                "mdi2s-step-forward",
                null,
                "Forward one event (PageDown or Right)",
                lesson::stepForward);
        Slider slider = new Slider();
        slider.setId("cursor-slider");
        slider.setMin(0);
        slider.maxProperty().bind(playback.stepCountProperty());
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.valueProperty().bindBidirectional(playback.cursorProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label step = new Label();
        step.setId("step-label");
        step.getStyleClass().add("step-label");
        step.textProperty().bind(projected.stepTextProperty());
        step.setMinWidth(Region.USE_PREF_SIZE); // the class reads it whole: the legend's swatches give way first
        // the slider stays usable however long the message
        slider.setMinWidth(Region.USE_PREF_SIZE);
        slider.setPrefWidth(160);
        getChildren().addAll(back, play, forward, slider, step, pageSwitch(presentation), status(document), legend);
        setId("transport");
        getStyleClass().add("transport");
        setAlignment(Pos.CENTER_LEFT);
    }

    /**
     * Where the lesson is in pages: the way to the next page, named, so the class sees that there is
     * one (V does the same): the results, a room's page where there is one, the diagram again.
     */
    private static Node pageSwitch(Presentation presentation) {
        Button flip = button(
                "page-switch",
                "mdi2t-table-large",
                "Results (V)",
                "The results, or the diagram again (V)",
                presentation.flipPageCommand());
        Runnable name = () -> {
            Page now = presentation.pageProperty().get();
            String room = presentation.roomPageProperty().get();
            boolean toRoom = now == Page.RESULTS && !room.isEmpty();
            flip.setText(now == Page.DIAGRAM ? "Results (V)" : toRoom ? room + " (V)" : "Diagram (V)");
            ((FontIcon) flip.getGraphic())
                    .setIconLiteral(
                            now == Page.DIAGRAM
                                    ? "mdi2t-table-large"
                                    : toRoom ? "mdi2c-chevron-right" : "mdi2c-chart-timeline");
        };
        presentation.pageProperty().addListener((obs, was, now) -> name.run());
        presentation.roomPageProperty().addListener((obs, was, now) -> name.run());
        flip.visibleProperty().bind(presentation.pagedProperty());
        flip.managedProperty().bind(flip.visibleProperty());
        flip.setMinWidth(Region.USE_PREF_SIZE);
        return flip;
    }

    private static Node status(Document document) {
        Label status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(document.statusProperty());
        // a long message shrinks to "..." (its tooltip has it all) rather than push the window wider
        status.setMinWidth(0);
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(document.statusProperty());
        status.setTooltip(statusTip);
        Button dismiss =
                button("dismiss-status", "mdi2c-close", null, "Dismiss this message", () -> document.setStatus(""));
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox statusBox = new HBox(status, dismiss);
        statusBox.getStyleClass().add("status-box");
        statusBox.setAlignment(Pos.CENTER_LEFT);
        statusBox.setMinWidth(0);
        statusBox.visibleProperty().bind(document.statusProperty().isNotEmpty());
        statusBox.managedProperty().bind(statusBox.visibleProperty());
        HBox.setHgrow(statusBox, Priority.SOMETIMES);
        return statusBox;
    }
}
