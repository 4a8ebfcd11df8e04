package org.civicpatrol.report;

import org.civicpatrol.validation.Policy;

/**
 * A class in the report package that depends on the validation API, which the library's own
 * report classes must not: {@code ArchitectureTest} shows that its layering rules catch it.
 */
final class ArchitectureOffender {

    private ArchitectureOffender() {}

    static int minimumComplement() {
        return Policy.korea().minimumComplement();
    }
}
