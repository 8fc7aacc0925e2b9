package org.nastavnik.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;

/** A generated model with only the rules whose id is in a set: the knowledge base never sees the others. */
final class FilteredModel implements Model {

    private final Model model;
    private final List<Rule> rules;

    FilteredModel(Model model, Set<String> ruleIds) {
        this.model = model;
        this.rules = model.getRules().stream().filter(r -> ruleIds.contains(ruleId(r)))
                .collect(Collectors.toUnmodifiableList());
    }

    static String ruleId(Rule rule) {
        Object id = rule.getMetaData("ruleId");
        return id == null ? rule.getName() : id.toString().trim();
    }

    @Override
    public String getName() {
        return model.getName();
    }

    @Override
    public String getPackageName() {
        return model.getPackageName();
    }

    @Override
    @SuppressWarnings("rawtypes") // Drools' Model declares the raw type; this only passes it on
    public List<Global> getGlobals() {
        return model.getGlobals();
    }

    @Override
    public List<Rule> getRules() {
        return rules;
    }

    @Override
    public List<Query> getQueries() {
        return model.getQueries();
    }

    @Override
    public List<TypeMetaData> getTypeMetaDatas() {
        return model.getTypeMetaDatas();
    }

    @Override
    public List<EntryPoint> getEntryPoints() {
        return model.getEntryPoints();
    }
}
