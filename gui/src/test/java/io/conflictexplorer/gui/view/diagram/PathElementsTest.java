package io.conflictexplorer.gui.view.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.QuadCurveTo;
import org.junit.jupiter.api.Test;

/**
 * Prediction equals effect: after an update a path draws exactly the wanted elements (kind and
 * coordinates, in order), over random redraws that grow, shrink, move and change kinds; and an
 * element of the same kind at the same place is the one the path already had, so nothing is
 * replaced that did not need to be.
 */
class PathElementsTest {

    private static String describe(PathElement e) {
        if (e instanceof MoveTo m) {
            return "M " + m.getX() + " " + m.getY();
        }
        if (e instanceof LineTo l) {
            return "L " + l.getX() + " " + l.getY();
        }
        if (e instanceof QuadCurveTo q) {
            return "Q " + q.getControlX() + " " + q.getControlY() + " " + q.getX() + " " + q.getY();
        }
        return e instanceof ClosePath ? "Z" : e.toString();
    }

    private static List<PathElement> randomElements(Random random) {
        List<PathElement> out = new ArrayList<>();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            double x = random.nextInt(5) * 10; // few values: many elements stay where they were
            double y = random.nextInt(3) * 10;
            out.add(
                    switch (random.nextInt(4)) {
                        case 0 -> new MoveTo(x, y);
                        case 1 -> new LineTo(x, y);
                        case 2 -> new QuadCurveTo(y, x, x, y);
                        default -> new ClosePath();
                    });
        }
        return out;
    }

    @Test
    void aPathDrawsExactlyTheWantedElementsKeepingTheOnesOfTheSameKind() {
        Random random = new Random(5);
        Path path = new Path();
        for (int round = 0; round < 500; round++) {
            List<PathElement> before = List.copyOf(path.getElements());
            List<PathElement> wanted = randomElements(random);
            List<String> expected =
                    wanted.stream().map(PathElementsTest::describe).toList();
            PathElements.update(path, wanted);
            assertEquals(
                    expected,
                    path.getElements().stream().map(PathElementsTest::describe).toList());
            for (int i = 0; i < Math.min(before.size(), wanted.size()); i++) {
                if (before.get(i).getClass() == wanted.get(i).getClass()) {
                    assertSame(before.get(i), path.getElements().get(i), "element " + i + " kept");
                }
            }
        }
    }
}
