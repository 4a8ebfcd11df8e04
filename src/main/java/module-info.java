/**
 * civic-patrol: a domain model, validation API and aggregation API for volunteer
 * crime-prevention patrol organisations.
 *
 * <p>The model is immutable, does no I/O and reads no clock: every date is a parameter.
 * {@code org.civicpatrol.validation} checks a whole registry against a jurisdiction's rules.
 */
@SuppressWarnings("requires-automatic")
module org.civicpatrol {
    requires transitive com.google.common;
    requires static transitive org.jspecify;
    requires transitive org.joda.money;
    requires org.slf4j;
    requires static com.fasterxml.jackson.databind;
    requires static org.immutables.value.annotations;
    requires static com.google.errorprone.annotations;
    requires static java.compiler;

    exports org.civicpatrol.time;
    exports org.civicpatrol.text;
    exports org.civicpatrol.geo;
    exports org.civicpatrol.patrol;
    exports org.civicpatrol.member;
    exports org.civicpatrol.activity;
    exports org.civicpatrol.equipment;
    exports org.civicpatrol.funding;
    exports org.civicpatrol.registry;
    exports org.civicpatrol.validation;
    exports org.civicpatrol.report;
    exports org.civicpatrol.json;
}
