package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.LessonMode;
import io.conflictexplorer.gui.lesson.model.Presentation;
import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Where the diagram, the narration and the panels stand in the window: the narration and the panels
 * under the diagram, the panels in a column beside it, or Presenter's pages shown in turn (the
 * diagram with the narration, the narration with the panels, and a room's panels where a room shows
 * one). The sizes are {@link WindowFit}'s.
 */
final class LessonLayout {

    /** A room's panel's width against LWW's or VV's, side by side under the diagram. */
    private static final double EXTRA_SHARE = 1.5;

    private final Presentation presentation;
    private final NarrationBar narration;
    private final ResultPanel lwwPanel;
    private final ResultPanel vvPanel;
    /** Panels a room adds after LWW's and VV's ({@link RoomHooks#panels()}), as last arranged. */
    private List<Node> extraPanels = List.of();
    /** The name of their page in Presenter's pages ({@link RoomHooks#pageName()}), as last arranged. */
    private String extraPageName = "";

    private final ScrollPane diagramScroll;
    private final GridPane panels = new GridPane();
    private final ScrollPane panelScroll;
    /** The panels with the predict cover over them. */
    private final StackPane coveredPanels;
    /** The narration and the panels: below the diagram, or the panels alone beside it or on their page. */
    private final VBox results;
    /** The diagram with the narration under it, when the panels stand beside them or on their own page. */
    private final VBox diagramColumn = new VBox();
    /** Presenter's pages, one shown at a time: the diagram's column, the results, a room's panels. */
    private final StackPane pages = new StackPane();
    /** A room's panels on a page of their own in Presenter's pages ({@link Presentation.Page#ROOM}). */
    private final VBox roomPanels = new VBox();

    private final ScrollPane roomPage = new ScrollPane(roomPanels);
    private final RoomPageFit roomPageFit = new RoomPageFit(roomPage, roomPanels);

    private final SplitPane exportArea;
    private PresenterFit.Arrangement arrangement = PresenterFit.Arrangement.STACKED;

    LessonLayout(
            Presentation presentation,
            LessonMode lesson,
            DiagramView diagram,
            NarrationBar narration,
            ResultPanel lwwPanel,
            ResultPanel vvPanel) {
        this.presentation = presentation;
        this.narration = narration;
        this.lwwPanel = lwwPanel;
        this.vvPanel = vvPanel;
        diagramScroll = new ScrollPane(diagram);
        diagramScroll.setId("diagram-scroll");
        diagramScroll.getStyleClass().add("diagram-scroll");
        panels.getStyleClass().add("panels");
        panelScroll = new ScrollPane(panels);
        panelScroll.setFitToWidth(true);
        panelScroll.setId("panel-scroll");
        panelScroll.getStyleClass().add("panel-scroll");
        arrangePanels(extraPanels, extraPageName);
        // predict, then reveal: a "?" over the panels until the teacher reveals the step's result
        Label cover = new Label("?  Predict, then reveal (R)");
        cover.setId("predict-cover");
        cover.getStyleClass().add("predict-cover");
        cover.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cover.visibleProperty().bind(lesson.resultHiddenProperty());
        cover.setMouseTransparent(true);
        coveredPanels = new StackPane(panelScroll, cover);
        results = new VBox(narration, coveredPanels);
        VBox.setVgrow(coveredPanels, Priority.ALWAYS);
        results.getStyleClass().add("results");
        exportArea = new SplitPane(diagramScroll, results);
        exportArea.setOrientation(Orientation.VERTICAL);
        exportArea.setDividerPositions(0.54);
        exportArea.setId("export-area");
        pages.setId("pages");
        roomPanels.getStyleClass().add("room-panels");
        roomPage.setFitToWidth(true);
        roomPage.setId("room-page");
        roomPage.getStyleClass().add("panel-scroll");
        presentation.pageProperty().addListener((obs, was, now) -> showPage());
    }

    ScrollPane diagramScroll() {
        return diagramScroll;
    }

    ScrollPane panelScroll() {
        return panelScroll;
    }

    /** The panels' grid: its type is the panels' size. */
    GridPane panels() {
        return panels;
    }

    /**
     * Fits a room's page in Presenter's pages, {@code width} x {@code height}, at a type from {@code
     * least} to {@code most} pixels ({@link RoomPageFit}); nothing where there is no such page.
     */
    void fitRoomPage(double least, double most, double width, double height) {
        boolean on = arrangement == PresenterFit.Arrangement.PAGED
                && !roomPanels.getChildren().isEmpty();
        roomPageFit.fit(on, least, most, width, height);
    }

    /** The diagram and the results as they stand. */
    SplitPane exportArea() {
        return exportArea;
    }

    PresenterFit.Arrangement arrangement() {
        return arrangement;
    }

    /**
     * Puts the narration and panels below the diagram, in a column at its right, or on a page of
     * their own ({@link #showPage()}); true when that changed anything.
     */
    boolean arrange(PresenterFit.Arrangement a) {
        if (a == arrangement) {
            return false;
        }
        arrangement = a;
        narration.lossesNamedProperty().set(false); // the results page names them (showPage)
        pages.getChildren().clear();
        diagramColumn.getChildren().clear();
        diagramColumn.setVisible(true);
        results.setVisible(true);
        switch (a) {
            case BESIDE -> {
                results.getChildren().setAll(coveredPanels);
                diagramColumn.getChildren().setAll(diagramScroll, narration);
                VBox.setVgrow(diagramScroll, Priority.ALWAYS);
                exportArea.getItems().setAll(diagramColumn, results);
            }
            case STACKED -> {
                results.getChildren().setAll(narration, coveredPanels);
                exportArea.getItems().setAll(diagramScroll, results);
            }
            case PAGED -> {
                results.getChildren().setAll(coveredPanels);
                diagramColumn.getChildren().setAll(diagramScroll);
                VBox.setVgrow(diagramScroll, Priority.ALWAYS);
                pages.getChildren().setAll(diagramColumn, results, roomPage);
                exportArea.getItems().setAll(pages);
                showPage();
            }
        }
        exportArea.setOrientation(a == PresenterFit.Arrangement.BESIDE ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        arrangePanels(extraPanels, extraPageName);
        return true;
    }

    /**
     * True when the narration, where it stands above the panels, names each lost write only: on
     * Presenter's results page, whose LOST cards explain each loss right below it (the same sentence
     * twice took the room the cards need); elsewhere the cards may be out of view.
     */
    boolean namesLossesAbovePanels() {
        return arrangement == PresenterFit.Arrangement.PAGED;
    }

    /**
     * In pages, shows the one the teacher turned to: the narration goes with the diagram or the
     * results, under the diagram or above the panels. Every page stays in the scene (the hidden ones
     * are measured too).
     */
    private void showPage() {
        if (arrangement != PresenterFit.Arrangement.PAGED) {
            return;
        }
        Presentation.Page page = presentation.pageProperty().get();
        boolean diagramShown = page == Presentation.Page.DIAGRAM;
        diagramColumn.setVisible(diagramShown);
        results.setVisible(page == Presentation.Page.RESULTS);
        roomPage.setVisible(page == Presentation.Page.ROOM);
        // the narration stands with the diagram or the results (a room's page has none: the results keep it)
        if (diagramShown && narration.getParent() != diagramColumn) {
            results.getChildren().remove(narration);
            diagramColumn.getChildren().add(narration);
        } else if (!diagramShown && narration.getParent() != results) {
            diagramColumn.getChildren().remove(narration);
            results.getChildren().add(0, narration);
        }
        narration.lossesNamedProperty().set(!diagramShown && namesLossesAbovePanels());
    }

    /**
     * The two panels side by side under the diagram, one above the other in the side column; a
     * room's shown panels ({@code extra}) after them: beside them under the diagram, on a page of
     * their own in Presenter's pages (named {@code pageName}; on the results page they took the
     * height LWW's and VV's panels need at the class's type).
     */
    void arrangePanels(List<Node> extra, String pageName) {
        extraPanels = List.copyOf(extra);
        extraPageName = pageName;
        panels.getChildren().clear();
        panels.getColumnConstraints().clear();
        roomPanels.getChildren().clear();
        List<Node> shownExtras = extraPanels.stream().filter(Node::isVisible).toList();
        boolean roomPageShown = arrangement == PresenterFit.Arrangement.PAGED && !shownExtras.isEmpty();
        presentation.setRoomPage(roomPageShown ? pageName : "");
        List<Node> all = new ArrayList<>(List.of(lwwPanel, vvPanel));
        all.addAll(shownExtras);
        for (Node n : all) {
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        if (arrangement == PresenterFit.Arrangement.BESIDE) {
            panels.addColumn(0, all.toArray(Node[]::new));
            share(1);
        } else if (arrangement == PresenterFit.Arrangement.PAGED) {
            panels.addRow(0, lwwPanel, vvPanel);
            roomPanels.getChildren().setAll(shownExtras);
            share(1, 1);
        } else {
            panels.addRow(0, all.toArray(Node[]::new));
            // a room's panel (sentences, not cards) gets half as much again as LWW's and VV's, so it wraps less
            double[] shares = new double[all.size()];
            for (int i = 0; i < shares.length; i++) {
                shares[i] = i < 2 ? 1 : EXTRA_SHARE;
            }
            share(shares);
        }
    }

    /**
     * On Presenter's results page, LWW's and VV's columns share {@code inner} (the panels' width) as
     * what they hold needs: the share, from a third to two thirds in steps of a twentieth, at which
     * the taller of the two is lowest and each panel's widest card fits, half and half where that is
     * as low (to within 2 %). A cluster's
     * VV panel with two long LOST sentences beside an LWW panel with one ran out of height while LWW's
     * column stood half empty.
     */
    void balancePanels(double inner) {
        if (arrangement != PresenterFit.Arrangement.PAGED
                || panels.getColumnConstraints().size() != 2) {
            return;
        }
        double gap = panels.snappedLeftInset() + panels.snappedRightInset() + panels.getHgap();
        double free = inner - gap;
        double even = taller(free, 0.5);
        double best = 0.5;
        double lowest = even;
        double lwwLeast = lwwPanel.minWidth(-1);
        double vvLeast = vvPanel.minWidth(-1);
        for (int i = 7; i <= 13; i++) {
            double share = i / 20.0;
            if (lwwLeast > free * share || vvLeast > free * (1 - share)) {
                continue; // a panel's widest card must fit its column
            }
            double h = taller(free, share);
            if (h < lowest) {
                lowest = h;
                best = share;
            }
        }
        if (lowest > even * 0.98) {
            best = 0.5;
        }
        double now = panels.getColumnConstraints().get(0).getPercentWidth() / 100;
        if (Math.abs(now - best) > 1e-9) {
            panels.getColumnConstraints().get(0).setPercentWidth(100 * best);
            panels.getColumnConstraints().get(1).setPercentWidth(100 * (1 - best));
        }
    }

    /** The taller of LWW's and VV's panels when LWW's column is {@code share} of {@code free}. */
    private double taller(double free, double share) {
        return Math.max(lwwPanel.prefHeight(free * share), vvPanel.prefHeight(free * (1 - share)));
    }

    /** The panels' columns, each its share of the width. */
    private void share(double... shares) {
        double total = 0;
        for (double x : shares) {
            total += x;
        }
        for (double x : shares) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 * x / total);
            c.setHgrow(Priority.ALWAYS);
            panels.getColumnConstraints().add(c);
        }
    }
}
