package org.nastavnik.rules;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.execute;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.CheckContext;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * A test pack's model, written by hand with the executable model's DSL: one rule of severity
 * VIOLATION that reads {@code pairWindowDays} and never fires, so that a layer below it can be
 * refused for weakening the parameter. (No federal rule is a VIOLATION that reads a parameter yet.)
 */
public final class StrictWindowModel extends ModelImpl {

    /** Builds the model. */
    public StrictWindowModel() {
        Variable<CheckContext> context = declarationOf(CheckContext.class);
        addRule(rule("org.nastavnik.rules.strict", "TEST_STRICT_WINDOW")
                .metadata("severity", "VIOLATION")
                .metadata("reliability", "V")
                .metadata("source", "R145")
                .metadata("clause", "test")
                .metadata("parameters", RuleParameters.PAIR_WINDOW_DAYS.key())
                .build(pattern(context).expr("never", c -> false), execute(() -> { })));
    }

    /** @return the pack holding this model */
    static RulePack pack() {
        return RulePack.fromProperties("org/nastavnik/rules/strict/pack.properties",
                StrictWindowModel.class.getClassLoader());
    }
}
