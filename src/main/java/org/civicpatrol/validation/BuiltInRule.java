package org.civicpatrol.validation;

import java.util.function.Consumer;

/** A rule of this library: a definition and a check written as a method of a rules class. */
final class BuiltInRule implements Rule {

    private final RuleDefinition definition;
    private final Consumer<RuleContext> check;

    BuiltInRule(RuleDefinition definition, Consumer<RuleContext> check) {
        this.definition = definition;
        this.check = check;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void check(RuleContext context) {
        check.accept(context);
    }

    @Override
    public String toString() {
        return definition.code().toString();
    }
}
