package org.clausemap.archive.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgressBarTests {

    @Test
    void theBarFillsInProportionToTheFilesDone() {
        ProgressBar bar = new ProgressBar(10);
        assertThat(bar.render(12, 41, "aws/service-terms 2025-06-27"))
                .isEqualTo("[##        ] 12/41 aws/service-terms 2025-06-27");
        assertThat(bar.render(0, 41, null)).isEqualTo("[          ] 0/41");
        assertThat(bar.render(41, 41, "")).isEqualTo("[##########] 41/41");
    }

    @Test
    void anEmptyImportIsAFullBar() {
        assertThat(new ProgressBar(4).render(0, 0, null)).isEqualTo("[####] 0/0");
    }

    @Test
    void aBarHasAWidth() {
        assertThatThrownBy(() -> new ProgressBar(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
