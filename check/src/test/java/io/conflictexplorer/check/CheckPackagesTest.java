package io.conflictexplorer.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The checker's packages as layers: the {@code check-node} command over {@code check.search} (random
 * scenarios that break a node, shrunk) over {@code check.drive} (a node run as a scenario's clients)
 * over {@code check.run} (a case, its replies or traces opened as a run) over
 * {@code check.transcript} (files read into messages) over {@code check.compare} (replies matched to
 * requests and compared with the rules' replies, typed, with no JSON). A failure names the class and
 * the dependency that breaks the rule.
 */
@AnalyzeClasses(packages = "io.conflictexplorer.check", importOptions = ImportOption.DoNotIncludeTests.class)
class CheckPackagesTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.conflictexplorer.check..")
            .layer("command")
            .definedBy("io.conflictexplorer.check")
            .layer("search")
            .definedBy("io.conflictexplorer.check.search..")
            .layer("drive")
            .definedBy("io.conflictexplorer.check.drive..")
            .layer("run")
            .definedBy("io.conflictexplorer.check.run..")
            .layer("transcript")
            .definedBy("io.conflictexplorer.check.transcript..")
            .layer("compare")
            .definedBy("io.conflictexplorer.check.compare..")
            .whereLayer("command")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("search")
            .mayOnlyBeAccessedByLayers("command")
            .whereLayer("drive")
            .mayOnlyBeAccessedByLayers("command", "search")
            .whereLayer("run")
            .mayOnlyBeAccessedByLayers("command", "drive")
            .whereLayer("transcript")
            .mayOnlyBeAccessedByLayers("command", "run", "drive")
            .whereLayer("compare")
            .mayOnlyBeAccessedByLayers("command", "search", "drive", "run", "transcript");

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("io.conflictexplorer.check.(**)").should().beFreeOfCycles();

    /** The comparison is core's rules against typed replies: no JSON, no node. */
    @ArchTest
    static final ArchRule comparisonReadsNoJson = noClasses()
            .that()
            .resideInAPackage("io.conflictexplorer.check.compare..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.conflictexplorer.node..");
}
