package org.civicpatrol.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.List;
import org.civicpatrol.fixtures.Contracts;
import org.junit.jupiter.api.Test;

/** Every public value of the model has a JSON form: none is left to Jackson's bean guesses. */
class FormsTest {

    @Test
    void everyPublicValueAndIdHasAForm() {
        Codecs codecs = new Codecs(false);
        List<String> checked = new ArrayList<>();
        for (JavaClass type : Contracts.libraryClasses()) {
            boolean value = type.isAnnotatedWith("org.immutables.value.Value$Immutable");
            boolean id = type.isRecord() && type.getSimpleName().endsWith("Id");
            if (!type.getModifiers().contains(JavaModifier.PUBLIC) || !(value || id)) {
                continue;
            }
            Class<?> reflected = type.reflect();
            assertThat(codecs.modelTypeOf(reflected)).as(type.getName()).contains(reflected);
            checked.add(type.getSimpleName());
        }
        assertThat(checked)
                .contains("Patrol", "Attendance", "Violation", "Policy", "TrainingObligation", "PatrolId")
                .hasSizeGreaterThan(40);
    }
}
