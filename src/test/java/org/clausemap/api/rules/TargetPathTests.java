package org.clausemap.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clausemap.api.ApiProblem;
import org.junit.jupiter.api.Test;

/** Where a posted rule file goes in the copy of the rules folder it is validated with. */
class TargetPathTests {

    @Test
    void withoutAPathTheFileGoesToTheRoot() {
        assertThat(RuleUploads.targetPath("new.drl", null)).isEqualTo("new.drl");
        assertThat(RuleUploads.targetPath("table.drl.csv", " ")).isEqualTo("table.drl.csv");
    }

    @Test
    void aPathNamesTheFileOrAFolderEndingInASlash() {
        assertThat(RuleUploads.targetPath("new.drl", "classify/new.drl")).isEqualTo("classify/new.drl");
        assertThat(RuleUploads.targetPath("new.drl", "classify/")).isEqualTo("classify/new.drl");
        assertThat(RuleUploads.targetPath("t.drl.xlsx", "mapping\\t.drl.xlsx")).isEqualTo("mapping/t.drl.xlsx");
    }

    @Test
    void aPathMayNotLeaveTheRulesFolder() {
        assertThatThrownBy(() -> RuleUploads.targetPath("new.drl", "../new.drl")).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("may not climb out");
        assertThatThrownBy(() -> RuleUploads.targetPath("new.drl", "/etc/new.drl")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RuleUploads.targetPath("new.drl", "classify/../../x.drl"))
                .isInstanceOf(ApiProblem.class);
    }

    @Test
    void onlyRuleFilesAreAcceptedAndTheTypeMustAgreeWithThePath() {
        assertThatThrownBy(() -> RuleUploads.targetPath("notes.txt", null)).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("not a rule file");
        assertThatThrownBy(() -> RuleUploads.targetPath("table.xlsx", null)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> RuleUploads.targetPath("new.drl", "classify/new.txt"))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("must name a rule file");
        assertThatThrownBy(() -> RuleUploads.targetPath("t.drl.xlsx", "mapping/t.drl"))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("is a .drl.xlsx file but path names a .drl");
    }
}
