package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CssPathsTests {

    @Test
    void matchesJsoupsCssSelectorForEveryElement() {
        Document page = Jsoup.parse(Fixtures.text("nested-numbering.html"));
        CssPaths paths = new CssPaths(page);
        for (Element element : page.getAllElements()) {
            if (element == page) {
                continue;
            }
            assertThat(paths.of(element)).isEqualTo(element.cssSelector());
            assertThat(page.select(paths.of(element))).containsExactly(element);
        }
    }

    @Test
    void fallsBackToThePathWhenAnIdIsNotUnique() {
        Document page = Jsoup.parse(
                "<div id='x'><p class='a b'>1</p><p class='a'>2</p></div><div id='x'><p>3</p></div>");
        CssPaths paths = new CssPaths(page);
        for (Element element : page.select("p")) {
            assertThat(paths.of(element)).isEqualTo(element.cssSelector());
        }
    }
}
