package org.clausemap.api.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.clausemap.api.rules.AdminCredentials.Verdict;
import org.clausemap.app.ClausemapProperties;
import org.junit.jupiter.api.Test;

/** The admin credential: an API key, Basic credentials or both; nothing configured refuses everyone. */
class AdminCredentialsTests {

    @Test
    void withNothingConfiguredEveryRequestIsRefusedAsNotConfigured() {
        AdminCredentials none = new AdminCredentials(new ClausemapProperties.Admin("", " ", null));
        assertThat(none.configured()).isFalse();
        assertThat(none.check("", null)).isEqualTo(Verdict.NOT_CONFIGURED);
        assertThat(none.check(null, basic(" ", ""))).isEqualTo(Verdict.NOT_CONFIGURED);
    }

    @Test
    void theApiKeyMustMatchExactly() {
        AdminCredentials key = new AdminCredentials(new ClausemapProperties.Admin("s3cret-key", null, null));
        assertThat(key.check("s3cret-key", null)).isEqualTo(Verdict.GRANTED);
        assertThat(key.check("s3cret-ke", null)).isEqualTo(Verdict.REFUSED);
        assertThat(key.check("S3CRET-KEY", null)).isEqualTo(Verdict.REFUSED);
        assertThat(key.check(null, null)).isEqualTo(Verdict.REFUSED);
        assertThat(key.check(null, basic("admin", "s3cret-key"))).isEqualTo(Verdict.REFUSED);
        assertThat(key.challenges()).containsExactly(
                "ApiKey realm=\"clausemap rule management\", header=\"X-API-Key\"");
    }

    @Test
    void basicCredentialsNeedBothUserAndPassword() {
        AdminCredentials basic = new AdminCredentials(new ClausemapProperties.Admin(null, "admin", "pa:ss"));
        assertThat(basic.check(null, basic("admin", "pa:ss"))).isEqualTo(Verdict.GRANTED);
        assertThat(basic.check(null, "basic " + encode("admin:pa:ss"))).isEqualTo(Verdict.GRANTED);
        assertThat(basic.check(null, basic("admin", "pa:s"))).isEqualTo(Verdict.REFUSED);
        assertThat(basic.check(null, basic("root", "pa:ss"))).isEqualTo(Verdict.REFUSED);
        assertThat(basic.check(null, "Basic not-base64!")).isEqualTo(Verdict.REFUSED);
        assertThat(basic.check(null, "Bearer abc")).isEqualTo(Verdict.REFUSED);
        assertThat(basic.check("pa:ss", null)).isEqualTo(Verdict.REFUSED);
        assertThat(basic.principal(basic("admin", "pa:ss"))).isEqualTo("user admin");
    }

    @Test
    void aUserWithoutAPasswordDoesNotEnableBasic() {
        AdminCredentials half = new AdminCredentials(new ClausemapProperties.Admin(null, "admin", ""));
        assertThat(half.configured()).isFalse();
        assertThat(half.check(null, basic("admin", ""))).isEqualTo(Verdict.NOT_CONFIGURED);
    }

    @Test
    void withBothEitherIsAcceptedAndBothSchemesAreChallenged() {
        AdminCredentials both = new AdminCredentials(new ClausemapProperties.Admin("k-123", "admin", "pw"));
        assertThat(both.check("k-123", null)).isEqualTo(Verdict.GRANTED);
        assertThat(both.check("wrong", basic("admin", "pw"))).isEqualTo(Verdict.GRANTED);
        assertThat(both.check("wrong", basic("admin", "wrong"))).isEqualTo(Verdict.REFUSED);
        assertThat(both.challenges()).hasSize(2).anySatisfy(c -> assertThat(c).startsWith("Basic realm="));
    }

    @Test
    void theSecretsNeverShowInTheConfigurationsText() {
        assertThat(new ClausemapProperties.Admin("k-123", "admin", "pw").toString())
                .doesNotContain("k-123").doesNotContain("pw]").contains("admin");
    }

    private static String basic(String user, String password) {
        return "Basic " + encode(user + ":" + password);
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
