package io.conflictexplorer.check.search;

/**
 * What a search tries.
 *
 * @param seed       the seed of the scenarios ({@link ScenarioGenerator}): the same seed, the same search
 * @param tries      how many scenarios it runs at most before it says it found no divergence
 * @param clients    how many clients a scenario has at most
 * @param shrinkRuns how many runs the shrinking of a failure may take at most
 */
public record SearchOptions(long seed, int tries, int clients, int shrinkRuns) {

    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_TRIES = 200;
    public static final int DEFAULT_CLIENTS = 3;
    public static final int DEFAULT_SHRINK_RUNS = 300;

    public SearchOptions {
        if (tries < 1 || clients < 1 || shrinkRuns < 0) {
            throw new IllegalArgumentException("tries and clients start at 1, shrink runs at 0");
        }
    }

    /** The defaults: seed 1, 200 scenarios of up to 3 clients, 300 runs to shrink. */
    public static SearchOptions defaults() {
        return new SearchOptions(DEFAULT_SEED, DEFAULT_TRIES, DEFAULT_CLIENTS, DEFAULT_SHRINK_RUNS);
    }

    public SearchOptions withSeed(long seed) {
        return new SearchOptions(seed, tries, clients, shrinkRuns);
    }

    public SearchOptions withTries(int tries) {
        return new SearchOptions(seed, tries, clients, shrinkRuns);
    }

    public SearchOptions withClients(int clients) {
        return new SearchOptions(seed, tries, clients, shrinkRuns);
    }
}
