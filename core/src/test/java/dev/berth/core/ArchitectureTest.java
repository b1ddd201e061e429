package dev.berth.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.berth.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule sdkTypesStayInSourcesAndContext = noClasses()
            .that().resideOutsideOfPackages("dev.berth.core.sources..", "dev.berth.core.context..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon..")
            .because("UIs and the rest of the core see records only; SDK types would leak through them");

    @ArchTest
    static final ArchRule modelHasNoDependenciesOnTheRestOfTheCore = noClasses()
            .that().resideInAPackage("dev.berth.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.berth.core.(*)..")
            .andShould().dependOnClassesThat().resideInAnyPackage("io.reactivex..", "com.fasterxml..")
            .because("records are plain data both UIs import");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.berth.core.(*)..").should().beFreeOfCycles();
}
