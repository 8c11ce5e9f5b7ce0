package io.conflictexplorer.gui.schemes.view;

import io.conflictexplorer.gui.schemes.model.CompareFrame;
import io.conflictexplorer.gui.schemes.model.CompareViewModel;
import io.conflictexplorer.gui.schemes.model.SchemeColumn;
import io.conflictexplorer.gui.schemes.model.SchemeOption;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The compare window's content: the scenario's title and the step at the main window's cursor, a
 * toggle per clock scheme (two to four shown), and one {@link SchemeColumnView} per shown scheme,
 * side by side, scrolling down when a column is taller than the window (a sibling explosion
 * expanded). Reads only {@link CompareFrame}s and sends commands back to the view model.
 */
public final class CompareView extends BorderPane {

    private final CompareViewModel vm;
    private final Label title = new Label();
    private final Label step = new Label();
    private final Label status = new Label();
    private final HBox toggles = new HBox();
    private final HBox columns = new HBox();
    private final List<CheckBox> boxes = new ArrayList<>();

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        setId("compare-view");
        getStyleClass().add("compare-view");
        title.setId("compare-title");
        title.getStyleClass().add("compare-title");
        step.setId("compare-step");
        step.getStyleClass().add("compare-step");
        step.setWrapText(true);
        status.setId("compare-status");
        status.getStyleClass().add("compare-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleLine = new HBox(12, title, gap, status);
        toggles.setId("compare-toggles");
        toggles.getStyleClass().add("compare-toggles");
        Label schemes = new Label("Schemes (2 to 4):");
        toggles.getChildren().add(schemes);
        VBox header = new VBox(titleLine, step, toggles);
        header.getStyleClass().add("compare-header");
        setTop(header);

        columns.setId("compare-columns");
        columns.getStyleClass().add("compare-columns");
        columns.setFillHeight(false);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setId("compare-scroll");
        scroll.getStyleClass().add("compare-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);

        vm.frameProperty().addListener((o, was, now) -> show(now));
        show(vm.getFrame());
    }

    private void show(CompareFrame f) {
        title.setText(f.title());
        step.setText(f.step());
        status.setText(f.status());
        showToggles(f.options());
        List<SchemeColumnView> views = new ArrayList<>();
        for (SchemeColumn c : f.columns()) {
            views.add(new SchemeColumnView(c, f.cluster(), vm::toggleExpanded));
        }
        columns.getChildren().setAll(views);
    }

    /** One check box per scheme, made once and updated after: a click keeps its focus. */
    private void showToggles(List<SchemeOption> options) {
        if (boxes.size() != options.size()) {
            toggles.getChildren().removeAll(boxes);
            boxes.clear();
            for (SchemeOption o : options) {
                CheckBox box = new CheckBox(o.scheme());
                box.setId("compare-scheme-" + o.scheme());
                box.setTooltip(new Tooltip(o.title()));
                box.setOnAction(e -> vm.toggle(o.scheme()));
                boxes.add(box);
            }
            toggles.getChildren().addAll(boxes);
        }
        for (int i = 0; i < options.size(); i++) {
            boxes.get(i).setSelected(options.get(i).shown());
            boxes.get(i).setDisable(!options.get(i).enabled());
        }
    }
}
