package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.model.Opening;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What the window shows while a scenario is opened in the background ({@link Opening}): over the
 * whole content, on the paper colour, what is being opened and how far it got, with a moving bar.
 * The scenario shown before it stays hidden, and the mouse and keys wait, until the new one is
 * drawn. Never shown for a lesson's scenario, which opens at once.
 */
public final class OpeningVeil extends StackPane {

    private OpeningVeil(Opening opening) {
        setId("opening-veil");
        getStyleClass().add("opening-veil");
        Label what = new Label();
        what.setId("opening-message");
        what.getStyleClass().add("opening-message");
        what.setWrapText(true);
        what.textProperty().bind(opening.messageProperty());
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.getStyleClass().add("opening-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(what, bar);
        card.getStyleClass().add("opening-card");
        card.setAlignment(Pos.CENTER_LEFT);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setManaged(false); // over the main view's content, outside its layout
        visibleProperty().bind(opening.messageProperty().isNotEmpty());
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                toFront(); // over whatever the view put in place since
            }
        });
    }

    /**
     * Shows {@code opening}'s progress over {@code view}, in {@code window}: the veil covers the
     * view whole, and while it shows the window takes no key, mouse or scroll input.
     */
    public static void install(Window window, BorderPane view, Opening opening) {
        OpeningVeil veil = new OpeningVeil(opening);
        view.getChildren().add(veil); // last: drawn over the content
        Runnable cover = () -> veil.resizeRelocate(0, 0, view.getWidth(), view.getHeight());
        view.widthProperty().addListener((obs, was, now) -> cover.run());
        view.heightProperty().addListener((obs, was, now) -> cover.run());
        cover.run();
        window.addEventFilter(InputEvent.ANY, e -> {
            if (veil.isVisible()) {
                e.consume(); // the old scenario is hidden: nothing may change it now
            }
        });
    }
}
