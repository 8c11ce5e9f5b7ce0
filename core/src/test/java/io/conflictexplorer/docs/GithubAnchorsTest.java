package io.conflictexplorer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GitHub's anchors, on headings whose anchors GitHub showed for this repository's README. */
class GithubAnchorsTest {

    @Test
    void punctuationGoesAndEachSpaceBecomesAHyphen() {
        assertEquals(
                "opening-a-run-the-model-behind-file--open-run",
                GithubAnchors.slug("Opening a run (the model behind File > Open run)"));
        assertEquals(
                "why-jmh-and-why-pekko-only-in-the-benchmark",
                GithubAnchors.slug("Why JMH, and why Pekko only in the benchmark"));
        assertEquals("start-up-what-the-launcher-runs", GithubAnchors.slug("Start-up: what the launcher runs"));
    }

    @Test
    void codeSpansEmphasisAndLinkTargetsAreNotPartOfTheText() {
        assertEquals("the-scenario_file-format", GithubAnchors.slug("The `scenario_file` **format**"));
        assertEquals("see-the-docs", GithubAnchors.slug("See [the docs](docs/README.md)"));
        assertEquals("lww-and-vv", GithubAnchors.slug("_LWW_ and *VV*"));
    }

    @Test
    void aRepeatedHeadingGetsANumber() {
        assertEquals(
                Set.of("tests", "tests-1", "tests-2", "top"),
                GithubAnchors.of(List.of("Tests", "Tests", "Tests"), List.of("top")));
    }
}
