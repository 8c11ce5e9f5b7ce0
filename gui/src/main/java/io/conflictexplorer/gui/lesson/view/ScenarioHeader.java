package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.Document;
import io.conflictexplorer.gui.lesson.model.Presentation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The scenario's title and narration above the diagram, and a note beside the title once an edit
 * made the narration describe the scenario as it was loaded. Presenter hides the narration (the
 * lanes need the row); the title's tooltip keeps it.
 */
final class ScenarioHeader extends HBox {

    ScenarioHeader(Document document, Presentation presentation) {
        Label title = new Label();
        title.setId("scenario-title");
        title.getStyleClass().add("scenario-title");
        title.textProperty().bind(document.titleProperty());
        Label narration = new Label();
        narration.setId("scenario-narration");
        narration.getStyleClass().add("scenario-narration");
        narration.setWrapText(true);
        narration.textProperty().bind(document.scenarioNarrationProperty());
        // Presenter drops the teacher's script (a row the projector needs for the lanes): the title's tooltip has it
        narration.visibleProperty().bind(presentation.presenterProperty().not());
        narration.managedProperty().bind(narration.visibleProperty());
        Tooltip script = new Tooltip();
        script.textProperty().bind(document.scenarioNarrationProperty());
        script.setWrapText(true);
        script.setMaxWidth(600);
        title.setTooltip(script);
        // after an edit the narration still describes the scenario as it was loaded: say so
        // beside the title, not below it: the header keeps its height, so the first edit (a drag) moves
        // nothing under the pointer
        Label edited = new Label("edited since: the narration describes it as loaded");
        edited.setId("scenario-edited");
        edited.getStyleClass().add("scenario-edited");
        edited.visibleProperty().bind(document.narrationOutdatedProperty());
        edited.setMinWidth(0);
        HBox titleRow = new HBox(title, edited);
        titleRow.getStyleClass().add("scenario-title-row");
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(titleRow, narration);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        getStyleClass().add("scenario-header");
    }
}
