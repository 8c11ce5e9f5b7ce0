package io.conflictexplorer.gui.view;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import io.conflictexplorer.gui.model.PanelState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The stored values of one mode at the time cursor: counters, then per key the value cards. The VV
 * panel marks a conflict and shows every sibling; the LWW panel adds each silently lost write,
 * struck through, with the sentence that explains it.
 */
public final class ResultPanel extends VBox {

    private final Mode mode;
    private final String prefix;
    private final Label acknowledged = new Label();
    private final Label visible = new Label();
    private final Label lost = new Label();
    private final VBox keys = new VBox();
    private PanelState shown;
    private final Map<PanelState.KeyState, Node> rowCache = new HashMap<>();

    /** Lost cards shown per key; older ones are summed up in one line (big scenarios lose hundreds). */
    static final int MAX_LOST_CARDS = 4;

    public ResultPanel(ExplorerViewModel vm, Mode mode) {
        this.mode = mode;
        this.prefix = mode.wireName();
        setId(prefix + "-panel");
        getStyleClass().addAll("result-panel", prefix + "-panel");

        Label heading = new Label(mode == Mode.LWW ? "Last writer wins (LWW)" : "Version vectors (VV)");
        heading.getStyleClass().add("panel-heading");
        Label subtitle = new Label(mode == Mode.LWW ? "keeps only the value with the latest timestamp"
                : "keeps concurrent values as siblings");
        subtitle.getStyleClass().add("panel-subtitle");

        acknowledged.setId(prefix + "-acknowledged");
        visible.setId(prefix + "-visible");
        lost.setId(prefix + "-lost");
        FlowPane counters = new FlowPane(counter(acknowledged, "writes acknowledged"), counter(visible, "values visible now"),
                counter(lost, "writes lost")); // wraps to a second row when zoomed in
        counters.getStyleClass().add("counters");
        if (mode == Mode.LWW) {
            lost.getStyleClass().add("headline-lost"); // the demo's headline number
        }
        keys.getStyleClass().add("keys");
        keys.setId(prefix + "-keys");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        subtitle.setMinWidth(0);
        HBox title = new HBox(heading, subtitle);
        title.setAlignment(Pos.BASELINE_LEFT);
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, counters, keys);
        vm.panelProperty(mode).addListener((obs, was, now) -> show(now));
        show(vm.panelProperty(mode).get());
    }

    private static Node counter(Label number, String caption) {
        number.getStyleClass().add("counter-number");
        Label text = new Label(caption);
        text.getStyleClass().add("counter-caption");
        text.setMinWidth(Region.USE_PREF_SIZE);
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(number, text);
        box.getStyleClass().add("counter");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    // Card texts are Text nodes, not Labels: a panel is rebuilt on every drag tick and a Label
    // costs a skin and a CSS pass each time.
    private void show(PanelState state) {
        if (state == null || state.equals(shown)) {
            return;
        }
        shown = state;
        acknowledged.setText(String.valueOf(state.counters().acknowledged()));
        visible.setText(String.valueOf(state.counters().visible()));
        lost.setText(String.valueOf(state.counters().lost()));
        lost.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("nonzero"), state.counters().lost() > 0);

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

    private Node keyRow(PanelState.KeyState k) {
        Label key = new Label(k.key());
        key.getStyleClass().add("key-name");
        HBox header = new HBox(key);
        header.getStyleClass().add("key-header");
        header.setAlignment(Pos.CENTER_LEFT);
        if (k.conflict()) {
            Label badge = new Label("CONFLICT: " + k.values().size() + " siblings kept");
            badge.setId(prefix + "-conflict-" + k.key());
            badge.getStyleClass().add("conflict-badge");
            header.getChildren().add(badge);
        }
        HBox cards = new HBox();
        cards.getStyleClass().add("cards");
        for (PanelState.Card c : k.values()) {
            cards.getChildren().add(card(c));
        }
        // lost writes sit beside what is stored, so they are seen together
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
        HBox body = new HBox(cards, lostCards);
        body.getStyleClass().add("key-body");
        HBox.setHgrow(lostCards, Priority.ALWAYS);
        cards.setMinWidth(Region.USE_PREF_SIZE);
        VBox row = new VBox(header, body);
        row.getStyleClass().add("key-row");
        if (k.conflict()) {
            row.getStyleClass().add("key-conflict");
        }
        return row;
    }


    private Node card(PanelState.Card c) {
        Text value = new Text(c.value().isEmpty() ? "\"\"" : c.value());
        value.getStyleClass().add("card-value");
        Text clock = new Text(mode == Mode.VV ? c.clock() : "t=" + c.time());
        clock.getStyleClass().add("card-clock");
        Text meta = new Text("by " + c.writer() + (mode == Mode.VV ? ", t=" + c.time() : ", " + c.clock()));
        meta.getStyleClass().add("card-meta");
        VBox card = new VBox(value, clock, meta);
        card.getStyleClass().add("value-card");
        card.setId(prefix + "-card-" + c.operation());
        return card;
    }

    private Node lostCard(PanelState.LostCard l) {
        Label tag = new Label("LOST");
        tag.getStyleClass().add("lost-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        Text value = new Text(l.value().isEmpty() ? "\"\"" : l.value());
        value.getStyleClass().add("lost-value");
        Text clock = new Text(l.clock() + " by " + l.writer());
        clock.getStyleClass().add("lost-clock");
        HBox top = new HBox(tag, value, clock);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("lost-top");
        Label why = new Label(l.explanation() + ".");
        why.setWrapText(true);
        why.getStyleClass().add("lost-explanation");
        why.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(top, why);
        card.getStyleClass().add("lost-card");
        card.setId(prefix + "-lost-" + l.operation());
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public String toString() {
        return "ResultPanel[" + mode.name().toLowerCase(Locale.ROOT) + "]";
    }
}
