package org.nastavnik.rules.spi;

/** The federal catalogue of this jar. */
final class FederalPack {
    static final RulePack INSTANCE =
            RulePack.fromProperties("org/nastavnik/rules/federal/pack.properties", FederalPack.class.getClassLoader(),
                    RuleParameters.federalParameters());

    private FederalPack() {
    }
}
