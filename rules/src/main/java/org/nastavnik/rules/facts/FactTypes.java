package org.nastavnik.rules.facts;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * The classes of fact some rule of a knowledge base matches. A fact of any other class would
 * only cost memory and time in the session, so it is not inserted: with a subset of the rules,
 * meetings and people need not be inserted at all.
 */
final class FactTypes {

    private final List<Class<?>> matched;
    private final boolean all;
    private final ClassValue<Boolean> used = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (all) {
                return Boolean.TRUE;
            }
            for (Class<?> m : matched) {
                if (m.isAssignableFrom(type)) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        }
    };

    private FactTypes(List<Class<?>> matched, boolean all) {
        this.matched = List.copyOf(matched);
        this.all = all;
    }

    static FactTypes of(KieBase kieBase) {
        if (!(kieBase instanceof InternalRuleBase base)) {
            return new FactTypes(List.of(), true);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (ObjectTypeNode node : base.getRete().getObjectTypeNodes()) {
            ObjectType type = node.getObjectType();
            if (!(type instanceof ClassObjectType c) || c.getClassType() == Object.class) {
                return new FactTypes(List.of(), true);
            }
            classes.add(c.getClassType());
        }
        return new FactTypes(classes, false);
    }

    /** @return whether some rule may match the fact */
    boolean matches(Object fact) {
        return used.get(fact.getClass());
    }

    /** @return whether some rule may match a fact of the class */
    boolean matchesClass(Class<?> type) {
        return used.get(type);
    }

    @Override
    public String toString() {
        return all ? "FactTypes{all}" : "FactTypes" + matched.stream().map(Class::getSimpleName).toList();
    }
}
