package org.civicpatrol.registry;

import com.google.common.testing.NullPointerTester;
import org.civicpatrol.fixtures.Contracts;
import org.junit.jupiter.api.Test;

class RegistryContractsTest {

    @Test
    void nullsAreRejected() {
        NullPointerTester tester = Contracts.nullPointerTester();
        tester.testAllPublicStaticMethods(Registry.class);
        tester.testAllPublicInstanceMethods(Registry.empty());
        tester.testAllPublicInstanceMethods(new Registry.Builder());
    }
}
