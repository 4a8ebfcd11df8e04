package org.civicpatrol.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSetMultimap;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.civicpatrol.fixtures.Contracts;
import org.junit.jupiter.api.Test;

/**
 * The attributes the JSON module withholds are exactly those the model marks {@code
 * @Value.Redacted} (hidden from {@code toString()}), read from the class files: an attribute
 * marked personal later is withheld from JSON too, or this test fails.
 */
class PersonalAttributesTest {

    @Test
    void theWithheldAttributesAreTheRedactedOnes() {
        ImmutableSetMultimap.Builder<String, String> redacted = ImmutableSetMultimap.builder();
        for (JavaClass type : Contracts.libraryClasses()) {
            for (JavaMethod method : type.getMethods()) {
                if (method.isAnnotatedWith("org.immutables.value.Value$Redacted")) {
                    redacted.put(type.getName(), method.getName());
                }
            }
        }
        ImmutableSetMultimap.Builder<String, String> withheld = ImmutableSetMultimap.builder();
        Codecs.PERSONAL.forEach((type, attribute) -> withheld.put(type.getName(), attribute));

        assertThat(redacted.build()).isEqualTo(withheld.build());
        assertThat(Codecs.PERSONAL.size()).isEqualTo(7);
    }
}
