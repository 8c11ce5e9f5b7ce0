package io.conflictexplorer.node;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The node's packages as layers, each using only the ones below it: {@code node} (the process and
 * the dispatch) over {@code node.handlers} (what each request does) over {@code node.wire} (the
 * protocol's bytes) over {@code node.json} (JSON as Python writes it, no protocol). A failure names
 * the class and the dependency that breaks the rule.
 */
@AnalyzeClasses(packages = "io.conflictexplorer.node", importOptions = ImportOption.DoNotIncludeTests.class)
class NodePackagesTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.conflictexplorer.node..")
            .layer("node")
            .definedBy("io.conflictexplorer.node")
            .layer("handlers")
            .definedBy("io.conflictexplorer.node.handlers..")
            .layer("wire")
            .definedBy("io.conflictexplorer.node.wire..")
            .layer("json")
            .definedBy("io.conflictexplorer.node.json..")
            .whereLayer("node")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("handlers")
            .mayOnlyBeAccessedByLayers("node")
            .whereLayer("wire")
            .mayOnlyBeAccessedByLayers("node", "handlers")
            .whereLayer("json")
            .mayOnlyBeAccessedByLayers("node", "handlers", "wire");

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("io.conflictexplorer.node.(**)").should().beFreeOfCycles();
}
