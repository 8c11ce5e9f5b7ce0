package io.conflictexplorer.gui;

import java.util.concurrent.Callable;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads the scene on the FX thread. A lookup walks the scene graph's child lists, and a layout pass
 * on the FX thread may rebuild them at any moment (the window's fit runs after a pulse): walked
 * from the test thread, a list can shrink under the walk ("Index 45 out of bounds for length 45").
 */
public final class FxThread {

    private FxThread() {}

    /** What {@code read} returns, run on the FX thread (directly when already on it). */
    public static <T> T onFx(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }
}
