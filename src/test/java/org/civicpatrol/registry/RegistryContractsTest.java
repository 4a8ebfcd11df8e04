package org.civicpatrol.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicpatrol.fixtures.Contracts;
import org.junit.jupiter.api.Test;

class RegistryContractsTest {

    @Test
    void everyPublicClassRejectsNulls() {
        List<Class<?>> checked = Contracts.assertPublicClassesRejectNulls(
                "org.civicpatrol.registry",
                Contracts.nullPointerTester(),
                Registry.empty(),
                Registry.empty().change());

        assertThat(checked).containsExactlyInAnyOrder(Registry.class, Registry.Builder.class, Registry.Change.class);
    }
}
