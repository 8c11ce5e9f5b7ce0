package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.ClusterEditing;
import io.conflictexplorer.gui.lesson.model.Projected;
import io.conflictexplorer.gui.projection.ClusterState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The cluster's controls, shown only when the scenario has several replicas: the clock scheme
 * (dotted, safe; or naive per-client counters), a skew slider per replica, and a cut/heal button per
 * link that acts at the time cursor. Each control only calls the view model; the bar follows the
 * view model's {@link ClusterState} (undo moves the sliders back, the cursor relabels the links).
 */
final class ClusterBar extends FlowPane {

    /** Skew range of the sliders, in ticks. */
    static final int MAX_SKEW = 60;

    private final ClusterEditing cluster;
    private final ToggleButton dotted = new ToggleButton("Dotted clocks (safe)");
    private final ToggleButton naive = new ToggleButton("Client counters (naive)");
    private final HBox replicaBox = new HBox();
    private final HBox linkBox = new HBox();
    private final Map<String, Slider> sliders = new HashMap<>();
    private final Map<String, Label> skewLabels = new HashMap<>();
    /** By link, "a|b". */
    private final Map<String, Button> linkButtons = new HashMap<>();

    private List<String> shownReplicas = List.of();
    private boolean updating;

    ClusterBar(ClusterEditing cluster, Projected projected) {
        this.cluster = cluster;
        setId("cluster-bar");
        getStyleClass().add("cluster-bar");
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(VPos.CENTER);
        visibleProperty().bind(projected.clusterProperty());
        managedProperty().bind(projected.clusterProperty());

        Label clock = new Label("Clocks:");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        clock.getStyleClass().add("cluster-caption");
        ToggleGroup scheme = new ToggleGroup();
        dotted.setToggleGroup(scheme);
        naive.setToggleGroup(scheme);
        dotted.setId("scheme-dotted");
        naive.setId("scheme-naive");
        dotted.getStyleClass().add("left-pill");
        naive.getStyleClass().add("right-pill");
        dotted.setTooltip(
                new Tooltip("Every write carries a dot (replica, sequence number): equal clocks stay two siblings"));
        naive.setTooltip(new Tooltip(
                "The client-keyed clock is the write's identity: two writes with equal clocks look like one"));
        dotted.setOnAction(e -> cluster.useDottedClocks(true));
        naive.setOnAction(e -> cluster.useDottedClocks(false));
        HBox schemeBox = new HBox(dotted, naive);
        schemeBox.setMinWidth(Region.USE_PREF_SIZE);
        for (ToggleButton b : List.of(dotted, naive)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        replicaBox.getStyleClass().add("cluster-group");
        linkBox.getStyleClass().add("cluster-group");
        replicaBox.setAlignment(Pos.CENTER_LEFT);
        linkBox.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(clock, schemeBox, replicaBox, linkBox);

        projected.clusterStateProperty().addListener((obs, was, now) -> update(now));
        update(projected.clusterStateProperty().get());
    }

    private void update(ClusterState state) {
        List<String> ids = state.replicaIds();
        if (!ids.equals(shownReplicas)) {
            rebuild(ids);
        }
        updating = true;
        try {
            dotted.setSelected(state.dottedClocks());
            naive.setSelected(!state.dottedClocks());
            for (ClusterState.Replica r : state.replicas()) {
                long skew = r.skew();
                Slider s = sliders.get(r.id());
                if (Math.round(s.getValue()) != skew) {
                    s.setValue(skew);
                }
                skewLabels.get(r.id()).setText((skew > 0 ? "+" : "") + skew);
            }
        } finally {
            updating = false;
        }
        for (ClusterState.Link link : state.links()) {
            Button b = linkButtons.get(link.a() + "|" + link.b());
            b.setText((link.cut() ? "Heal " : "Cut ") + link.a() + "-" + link.b());
            b.setGraphic(new FontIcon(link.cut() ? "mdi2l-lan-connect" : "mdi2l-lan-disconnect"));
        }
    }

    private void rebuild(List<String> ids) {
        shownReplicas = ids;
        sliders.clear();
        skewLabels.clear();
        linkButtons.clear();
        List<Node> replicaNodes = new ArrayList<>();
        for (String id : ids) {
            Label name = new Label(id + " clock");
            name.getStyleClass().add("cluster-caption");
            Slider s = new Slider(-MAX_SKEW, MAX_SKEW, 0);
            s.setId("skew-" + id);
            s.getStyleClass().add("skew-slider");
            s.setMajorTickUnit(20);
            s.setMinorTickCount(19);
            s.setSnapToTicks(true);
            s.setBlockIncrement(1);
            s.setShowTickMarks(true);
            s.setTooltip(new Tooltip(id + "'s clock skew in ticks: it stamps LWW timestamps with true time plus this"));
            s.valueProperty().addListener((obs, was, now) -> {
                if (!updating) {
                    cluster.setSkew(id, Math.round(now.doubleValue()), s.isValueChanging());
                }
            });
            s.valueChangingProperty().addListener((obs, was, now) -> {
                if (!now && !updating) {
                    cluster.setSkew(id, Math.round(s.getValue()), false); // the drag ends: one undo step
                }
            });
            Label value = new Label();
            value.setId("skew-" + id + "-value");
            value.getStyleClass().add("skew-value");
            sliders.put(id, s);
            skewLabels.put(id, value);
            name.setMinWidth(Region.USE_PREF_SIZE);
            value.setMinWidth(Region.USE_PREF_SIZE);
            HBox group = new HBox(name, s, value);
            group.setMinWidth(Region.USE_PREF_SIZE);
            group.setAlignment(Pos.CENTER_LEFT);
            group.getStyleClass().add("skew-group");
            replicaNodes.add(group);
        }
        replicaBox.getChildren().setAll(replicaNodes);
        List<Node> linkNodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                Button link = new Button();
                link.setMinWidth(Region.USE_PREF_SIZE);
                link.setId("toggle-link-" + a + "-" + b);
                link.setTooltip(new Tooltip("Cut the link " + a + "-" + b + " at the time cursor, or heal it there"));
                link.setOnAction(e -> cluster.toggleLinkAtCursor(a, b));
                linkButtons.put(a + "|" + b, link);
                linkNodes.add(link);
            }
        }
        linkBox.getChildren().setAll(linkNodes);
    }
}
