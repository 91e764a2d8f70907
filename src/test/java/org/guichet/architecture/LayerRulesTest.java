package org.guichet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md §2, checked on the compiled classes. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.guichet");
    }

    @Test
    void domainHasNoUiStorageOrNetwork() {
        noClasses().that().resideInAPackage("org.guichet.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "org.sqlite..", "okhttp3..", "retrofit2..", "com.google.gson..",
                        "java.net.http..", "com.gluonhq..")
                .because("the domain holds the rules, tested without a screen, a database or a network")
                .check(classes);
    }

    @Test
    void screensNeverTouchStorageOrTheNetwork() {
        noClasses().that().haveSimpleNameEndingWith("Screen").or().resideInAPackage("org.guichet.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "okhttp3..", "retrofit2..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Api")
                .because("views bind to view-models; view-models call repositories")
                .check(classes);
    }

    @Test
    void onlyThePlatformPackageTalksToGluonAttach() {
        noClasses().that().resideOutsideOfPackage("org.guichet.platform..")
                .should().dependOnClassesThat().resideInAPackage("com.gluonhq.attach..")
                .because("Attach services have desktop fallbacks in one place")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.guichet.(*)..").should().beFreeOfCycles().check(classes);
    }
}
