package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.nastavnik.rules.spi.RulePack;

/**
 * The rules run from Drools' executable model generated at build time: nothing can parse DRL
 * or compile Java at run time, and the knowledge base was built from the generated classes.
 */
class ExecutableModelTest {

    private final DefaultComplianceEngine engine = (DefaultComplianceEngine) ComplianceEngine.federal();

    @ParameterizedTest
    @ValueSource(strings = {
        "org.drools.drl.parser.DrlParser",           // drools-drl-parser: reads DRL
        "org.drools.ecj.EclipseJavaCompiler",        // drools-ecj: compiles Java at run time
        "org.eclipse.jdt.internal.compiler.Compiler", // ecj itself
        "org.antlr.runtime.Parser",                  // the DRL grammar's runtimes
        "org.antlr.v4.runtime.Parser"
    })
    void should_have_no_drl_parser_or_java_compiler_on_the_class_path(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className),
                className + " is on the runtime class path; exclude it from drools-model-compiler");
    }

    @Test
    void should_build_the_knowledge_base_from_the_generated_model_classes_listed_in_the_index() throws Exception {
        // the index written by kie-maven-plugin lists the generated model classes
        List<String> listed = PackLoader.readIndex(RulePack.federal());
        assertFalse(listed.isEmpty());
        assertEquals(listed, engine.modelClasses());
        for (String name : listed) {
            Class<?> type = Class.forName(name);
            assertTrue(Model.class.isAssignableFrom(type), name + " is not a generated org.drools.model.Model");
            assertNotNull(type.getClassLoader().getResource(name.replace('.', '/') + ".class"),
                    name + " is not a compiled class on the class path");
        }
    }

    @Test
    void should_run_consequences_as_compiled_lambdas_of_the_executable_model() {
        int rules = 0;
        for (KiePackage p : engine.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                String consequence = ((RuleImpl) r).getConsequence().getClass().getName();
                assertTrue(consequence.startsWith("org.drools.modelcompiler."),
                        r.getName() + " has consequence " + consequence + ", not one of the executable model");
                rules++;
            }
        }
        assertTrue(rules >= engine.rules().size());
    }

    @Test
    void should_ship_the_pack_index_at_the_coordinates_of_this_module() {
        assertEquals("META-INF/kie/org.nastavnik/nastavnik-rules/drools-model", RulePack.federal().modelIndex());
        assertTrue(RulePack.federal().version().matches("\\d+\\.\\d+\\.\\d+.*"), RulePack.federal().version());
    }
}
