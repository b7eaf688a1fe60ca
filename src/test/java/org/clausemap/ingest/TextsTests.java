package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The normalised form a provision is hashed in does not depend on how its characters were encoded. */
class TextsTests {

    @Test
    void aTextAndItsCompatibilityFormNormaliseAlike() {
        for (char c = '\u2010'; c <= '\u201F'; c++) {
            String text = "Section" + c + "4 \u201Cterms\u201D";
            String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
            assertThat(Texts.normalize(text)).as("U+%04X", (int) c).isEqualTo(Texts.normalize(nfkc));
        }
    }

    @Test
    void quotesAndDashesBecomeAscii() {
        assertThat(Texts.normalize("  The \u201CService\u201D \u2013 it\u2019s  ours ")).isEqualTo("the \"service\" - it's ours");
    }
}
