package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.projection.CounterCaptions;
import io.conflictexplorer.gui.projection.PanelState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The stored values of one mode at the time cursor: counters, then per key the value cards. The VV
 * panel marks a conflict and shows every sibling; the LWW panel adds each silently lost write,
 * struck through, with the sentence that explains it.
 */
public final class ResultPanel extends VBox {

    /** Which mode's store the panel shows: its ids start with the prefix, its cards lead with its clock. */
    public enum Side {
        LWW("lww", "Last writer wins", "LWW keeps only the value with the latest timestamp"),
        VV("vv", "Version vectors", "VV keeps concurrent values as siblings");

        private final String prefix;
        private final String heading;
        private final String tip;

        Side(String prefix, String heading, String tip) {
            this.prefix = prefix;
            this.heading = heading;
            this.tip = tip;
        }
    }

    private final Side side;
    private final String prefix;
    private final Label acknowledged = new Label();
    private final Label visible = new Label();
    private final Label lost = new Label();
    private final Label acknowledgedCaption = new Label();
    private final Label visibleCaption = new Label();
    private final Label lostCaption = new Label();

    private final VBox keys = new VBox();
    private PanelState shown;
    private final Map<Object, Node> rowCache = new HashMap<>();

    /** Lost cards shown per key; older ones are summed up in one line (big scenarios lose hundreds). */
    static final int MAX_LOST_CARDS = 4;

    /** @param panel the panel state of {@code side}'s store at the cursor, as the projection gives it */
    public ResultPanel(ObservableValue<PanelState> panel, Side side) {
        this.side = side;
        this.prefix = side.prefix;
        setId(prefix + "-panel");
        getStyleClass().addAll("result-panel", prefix + "-panel");

        Label heading = new Label(side.heading);
        heading.getStyleClass().add("panel-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        heading.setTooltip(new Tooltip(side.tip));

        acknowledged.setId(prefix + "-acknowledged");
        visible.setId(prefix + "-visible");
        lost.setId(prefix + "-lost");
        if (side == Side.LWW) {
            lost.getStyleClass().add("headline-lost"); // the demo's headline number
        }
        lost.getStyleClass().add("lost-number");
        // heading and counters share one row, and wrap to a second one when zoomed in
        FlowPane title = new FlowPane(
                heading,
                counter(acknowledged, acknowledgedCaption),
                counter(visible, visibleCaption),
                counter(lost, lostCaption));
        title.getStyleClass().addAll("panel-title", "counters");
        title.setAlignment(Pos.CENTER_LEFT);
        title.setRowValignment(VPos.CENTER);
        keys.getStyleClass().add("keys");
        keys.setId(prefix + "-keys");
        getChildren().addAll(title, keys);
        panel.addListener((obs, was, now) -> show(now));
        show(panel.getValue());
    }

    private static Node counter(Label number, Label text) {
        number.getStyleClass().add("counter-number");
        text.getStyleClass().add("counter-caption");
        text.setMinWidth(Region.USE_PREF_SIZE);
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(number, text);
        box.getStyleClass().add("counter");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void show(PanelState state) {
        if (state == null || state.equals(shown)) {
            return;
        }
        shown = state;
        acknowledged.setText(String.valueOf(state.acknowledgedCount()));
        visible.setText(String.valueOf(state.visibleCount()));
        lost.setText(String.valueOf(state.lostCount()));
        acknowledgedCaption.setText(CounterCaptions.acknowledged(state.acknowledgedCount()));
        visibleCaption.setText(CounterCaptions.visible(state.visibleCount()));
        lostCaption.setText(CounterCaptions.lost(state.lostCount()));
        lost.pseudoClassStateChanged(PseudoClass.getPseudoClass("nonzero"), state.lostCount() > 0);

        if (state.isCluster()) {
            showCluster(state);
            return;
        }
        List<Node> rows = new ArrayList<>();
        if (state.keys().isEmpty()) {
            Label empty = new Label("Nothing stored yet.");
            empty.getStyleClass().add("empty-note");
            rows.add(empty);
        }
        Map<PanelState.KeyState, Node> next = new HashMap<>();
        for (PanelState.KeyState k : state.keys()) {
            // a key whose values did not change keeps its row (a drag usually changes one key)
            Node row = rowCache.get(k);
            if (row == null) {
                row = keyRow(k);
            }
            next.put(k, row);
            rows.add(row);
        }
        rowCache.clear();
        rowCache.putAll(next);
        if (!keys.getChildren().equals(rows)) {
            keys.getChildren().setAll(rows);
        }
    }

    /**
     * A cluster: whether the replicas agree, then one column per replica with what it stores (so
     * the two sides of a partition visibly differ until gossip brings them together), then every
     * write some replica silently dropped.
     */
    private void showCluster(PanelState state) {
        List<Node> rows = new ArrayList<>();
        // in equal columns, as many to a row as fit; further rows rather than squeeze
        ReplicaColumns columns = new ReplicaColumns();
        Map<Object, Node> next = new HashMap<>();
        for (PanelState.ReplicaState r : state.replicas()) {
            Label name = new Label(r.replica());
            name.getStyleClass().add("replica-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            VBox rowsOfReplica = new VBox();
            rowsOfReplica.getStyleClass().add("replica-keys");
            HBox.setHgrow(rowsOfReplica, Priority.ALWAYS);
            HBox section = new HBox(name, rowsOfReplica);
            section.getStyleClass().add("replica-section");
            section.setId(prefix + "-replica-" + r.replica());
            if (r.keys().isEmpty()) {
                Label none = new Label("nothing stored");
                none.getStyleClass().add("empty-note");
                rowsOfReplica.getChildren().add(none);
            }
            for (PanelState.KeyState k : r.keys()) {
                Object cacheKey = List.of(r.replica(), k);
                Node row = rowCache.get(cacheKey);
                if (row == null) {
                    row = keyRow(k, r.replica());
                }
                next.put(cacheKey, row);
                rowsOfReplica.getChildren().add(row);
            }
            columns.getChildren().add(section);
        }
        rowCache.clear();
        rowCache.putAll(next);
        rows.add(columns);
        if (!state.lost().isEmpty()) {
            VBox lostCards = new VBox();
            lostCards.getStyleClass().add("lost-cards");
            List<PanelState.LostCard> lostList = state.lost();
            int hidden = Math.max(0, lostList.size() - MAX_LOST_CARDS);
            if (hidden > 0) {
                Label more = new Label("+ " + hidden + " earlier lost write" + (hidden == 1 ? "" : "s"));
                more.getStyleClass().add("lost-more");
                lostCards.getChildren().add(more);
            }
            for (PanelState.LostCard l : lostList.subList(hidden, lostList.size())) {
                lostCards.getChildren().add(lostCard(l));
            }
            rows.add(lostCards);
        }
        keys.getChildren().setAll(rows);
    }

    private Node keyRow(PanelState.KeyState k) {
        return keyRow(k, null);
    }

    /** A key's row; {@code replica} names the replica column it is in (null: the single store). */
    private Node keyRow(PanelState.KeyState k, String replica) {
        String idPrefix = replica == null ? prefix : prefix + "-" + replica;
        Label key = new Label(k.key());
        key.getStyleClass().add("key-name");
        key.setMinWidth(Region.USE_PREF_SIZE);
        // the key, its conflict badge and its values flow in one row
        CardRow cards = new CardRow(key);
        cards.getStyleClass().add("cards");
        cards.setRowValignment(VPos.CENTER);
        if (k.conflict()) {
            // in a replica's narrow column the badge is short; the row's colour says conflict too
            Label badge = new Label(
                    replica == null
                            ? "CONFLICT: " + k.values().size() + " siblings"
                            : k.values().size() + " siblings");
            badge.setId(idPrefix + "-conflict-" + k.key());
            badge.getStyleClass().add("conflict-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            cards.getChildren().add(badge);
        }
        for (PanelState.Card c : k.values()) {
            cards.getChildren().add(replica == null ? card(c, idPrefix) : compactCard(c, idPrefix));
        }
        // lost writes right under what is stored, full width, so the sentence reads in one go
        VBox lostCards = new VBox();
        lostCards.getStyleClass().add("lost-cards");
        List<PanelState.LostCard> lostList = k.lost();
        int hidden = Math.max(0, lostList.size() - MAX_LOST_CARDS);
        if (hidden > 0) {
            Label more = new Label("+ " + hidden + " earlier lost write" + (hidden == 1 ? "" : "s") + " on " + k.key());
            more.getStyleClass().add("lost-more");
            lostCards.getChildren().add(more);
        }
        for (PanelState.LostCard l : lostList.subList(hidden, lostList.size())) {
            lostCards.getChildren().add(lostCard(l));
        }
        VBox row = new VBox(cards, lostCards);
        row.getStyleClass().add("key-row");
        if (k.conflict()) {
            row.getStyleClass().add("key-conflict");
        }
        return row;
    }

    private Node card(PanelState.Card c, String idPrefix) {
        Label value = new Label(c.value().isEmpty() ? "\"\"" : c.value());
        value.getStyleClass().add("card-value");
        value.setMinWidth(Region.USE_PREF_SIZE); // a stored value is never cut
        Label clock = new Label(side == Side.VV ? c.clock() : "LWW ts " + c.time());
        clock.getStyleClass().add("card-clock");
        Label meta = new Label("by " + c.writer() + (side == Side.VV ? ", LWW ts " + c.time() : ", " + c.clock()));
        meta.getStyleClass().add("card-meta");
        HBox details = new HBox(clock, meta); // the mode's own clock first
        if (c.dot() != null) {
            Label dot = new Label("dot " + c.dot());
            dot.getStyleClass().addAll("card-meta", "card-dot");
            details.getChildren().add(dot);
        }
        details.getStyleClass().add("card-details");
        details.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(value, details);
        card.getStyleClass().add("value-card");
        card.setId(idPrefix + "-card-" + c.operation());
        return card;
    }

    /** A stored value in a replica's column: one line, the value and the mode's clock; the rest in a tooltip. */
    private Node compactCard(PanelState.Card c, String idPrefix) {
        Label value = new Label(c.value().isEmpty() ? "\"\"" : c.value());
        value.getStyleClass().add("card-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label clock = new Label(side == Side.VV ? c.clock() : "LWW ts " + c.time());
        clock.getStyleClass().add("card-clock");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        HBox card = new HBox(value, clock);
        if (c.dot() != null) { // the write's identity: two equal clocks, two dots, two writes
            Label dot = new Label("dot " + c.dot());
            dot.getStyleClass().addAll("card-meta", "card-dot");
            dot.setMinWidth(Region.USE_PREF_SIZE);
            card.getChildren().add(dot);
        }
        card.setAlignment(Pos.BASELINE_LEFT);
        card.getStyleClass().addAll("value-card", "value-card-compact");
        card.setId(idPrefix + "-card-" + c.operation());
        Tooltip.install(
                card,
                new Tooltip(c.value() + " written by " + c.writer() + ": VV clock "
                        + (side == Side.VV ? c.clock() : "-") + ", LWW ts " + c.time()
                        + (c.dot() != null ? ", dot " + c.dot() + " (which write it is)" : "")));
        return card;
    }

    /**
     * [LOST] value (struck through), the sentence that explains it after them on their line and on,
     * under them, at the card's whole width: a narrow column beside the tag made the sentence twice
     * as many lines, which on a projector took the panels' type.
     */
    private Node lostCard(PanelState.LostCard l) {
        Label tag = new Label("LOST");
        tag.getStyleClass().add("lost-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label(l.value().isEmpty() ? "\"\"" : l.value());
        value.getStyleClass().add("lost-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(tag, value);
        top.setAlignment(Pos.BASELINE_LEFT);
        top.getStyleClass().add("lost-top");
        Text why = new Text(l.explanation() + ".");
        why.getStyleClass().add("lost-explanation");
        TextFlow flow = new TextFlow(top, why);
        flow.getStyleClass().add("lost-flow");
        flow.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip.install(flow, new Tooltip(l.writer() + "'s lost write, clock " + l.clock()));
        VBox card = new VBox(flow);
        card.getStyleClass().add("lost-card");
        card.setId(prefix + "-lost-" + l.operation());
        return card;
    }

    public Side side() {
        return side;
    }

    @Override
    public String toString() {
        return "ResultPanel[" + side.prefix + "]";
    }
}
