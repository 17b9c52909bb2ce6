package org.wayfinder.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of docs/architecture.md, checked on the compiled classes of every module
 * (web-ui's test class path holds them all): plugins see the SPI only, the SPI sees nothing of
 * Wayfinder but itself, nothing points back up, Faces stays in the WAR, and no two packages need each other.
 */
class ArchitectureTest {

    private static final JavaClasses WAYFINDER = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wayfinder");

    /** The packages of the plugins built with the platform. */
    private static final String[] PLUGINS = {"org.wayfinder.mentoring..", "org.wayfinder.zone.."};

    @Test
    void pluginsUseThePlatformThroughTheSpiOnly() {
        noClasses().that().resideInAnyPackage(PLUGINS).should().dependOnClassesThat(
                        resideInAnyPackage("org.wayfinder.platform..", "org.wayfinder.config..", "org.wayfinder.web..")
                                .and(not(resideInAPackage("org.wayfinder.platform.spi.."))))
                .because("a plugin compiles against platform-spi alone").check(WAYFINDER);
    }

    @Test
    void aPluginNeverUsesAnotherPlugin() {
        noClasses().that().resideInAPackage("org.wayfinder.mentoring..").should().dependOnClassesThat().resideInAPackage("org.wayfinder.zone..")
                .check(WAYFINDER);
        noClasses().that().resideInAPackage("org.wayfinder.zone..").should().dependOnClassesThat()
                .resideInAPackage("org.wayfinder.mentoring..").check(WAYFINDER);
    }

    @Test
    void theSpiNeedsNothingOfWayfinderButItself() {
        noClasses().that().resideInAPackage("org.wayfinder.platform.spi..").should().dependOnClassesThat(
                resideInAPackage("org.wayfinder..").and(not(resideInAPackage("org.wayfinder.platform.spi..")))).check(WAYFINDER);
    }

    @Test
    void theCoreAndTheConfigurationNeverPointUpToTheWarOrThePlugins() {
        noClasses().that().resideInAnyPackage("org.wayfinder.platform..", "org.wayfinder.config..").should().dependOnClassesThat()
                .resideInAnyPackage("org.wayfinder.web..", "org.wayfinder.mentoring..", "org.wayfinder.zone..").check(WAYFINDER);
        noClasses().that().resideInAPackage("org.wayfinder.platform..").should().dependOnClassesThat()
                .resideInAPackage("org.wayfinder.config..").check(WAYFINDER);
    }

    /** The editing model of forms and journeys (drafts, checks, publishing) lives in the core; pages only draw it. */
    @Test
    void theCoreAndTheConfigurationNeverUseFacesOrPrimeFaces() {
        noClasses().that().resideInAnyPackage("org.wayfinder.platform..", "org.wayfinder.config..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("the core and the configuration serve the pages, the API and the ticker alike").check(WAYFINDER);
    }

    @Test
    void noTwoPackagesNeedEachOther() {
        slices().matching("org.wayfinder.(**)").should().beFreeOfCycles().check(WAYFINDER);
    }
}
