package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class UnboundedLookBehindTests {

    @Test
    void javaLetsAnUnboundedLookBehindThroughWhereABoundedOneStops() {
        // why the check exists: the same look-behind, bounded and unbounded, on the text it is written to stop
        String text = "the team's administrator may remove it";
        assertThat(Pattern.compile("(?<!\\b(?:the|[\\w-]+'s) administrator )may").matcher(text).find()).isTrue();
        assertThat(Pattern.compile("(?<!\\b(?:the|[\\w-]{1,40}'s) administrator )may").matcher(text).find()).isFalse();
    }

    @Test
    void findsARepetitionWithoutABoundInsideALookBehind() {
        assertThat(UnboundedLookBehind.find("(?<!\\b(?:the|[\\w-]+'s) administrator )may"))
                .isEqualTo("(?<!\\b(?:the|[\\w-]+'s) administrator )");
        assertThat(UnboundedLookBehind.find("\\bmay\\b(?<=\\bwe\\s* may)")).isEqualTo("(?<=\\bwe\\s* may)");
        assertThat(UnboundedLookBehind.find("(?<!\\bin a (?:\\w{2,} )?)competition")).isNotNull();
    }

    @Test
    void boundedRepetitionsEscapesClassesAndOtherGroupsAreNotFlagged() {
        assertThat(UnboundedLookBehind.find("(?<!\\b(?:the|[\\w-]{1,40}'s) administrator )may")).isNull();
        assertThat(UnboundedLookBehind.find("(?<!\\bc\\+\\+ )code|(?<![+*] )note")).isNull();
        assertThat(UnboundedLookBehind.find("(?<name>\\w+) said|(?:a+)b|(?=\\w+)x")).isNull();
        assertThat(UnboundedLookBehind.find("(?<!\\[\\w+ )x")).isNotNull();
    }
}
