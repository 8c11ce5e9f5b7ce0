package io.conflictexplorer.gui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void coloursComeFromTheStylesheetsInTheWindowsOrder() {
        assertEquals("#901600", Theme.LIGHT.colour("lost"));
        assertEquals("#ffffff", Theme.LIGHT.colour("paper"));
        assertEquals("#0d1117", Theme.DARK.colour("paper"), "dark.css overrides app.css");
        assertEquals("#000000", Theme.PRESENTER.colour("ink"), "presenter.css overrides app.css");
        assertEquals(Theme.LIGHT.colour("paper"), Theme.PRESENTER.colour("paper"), "what presenter.css leaves");
    }

    @Test
    void aColourNamedAfterAnotherIsFollowed() {
        assertEquals(Theme.LIGHT.colour("lost"), Theme.LIGHT.colour("cut"), "-ce-cut: -ce-lost");
        assertNotEquals(Theme.LIGHT.colour("cut"), Theme.DARK.colour("cut"));
    }

    @Test
    void anUnknownColourIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Theme.LIGHT.colour("no-such-colour"));
    }
}
