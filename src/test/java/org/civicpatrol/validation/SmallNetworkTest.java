package org.civicpatrol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The valid case of every built-in rule: the small network breaks none of them. */
class SmallNetworkTest {

    @Test
    void theSmallNetworkBreaksNoRule() {
        ValidationReport report = Validator.korea().validate(new SmallNetwork().registry(), SmallNetwork.AS_OF);

        assertThat(report.violations()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }
}
