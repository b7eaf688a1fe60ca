package org.clausemap.api.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.clausemap.app.ClausemapProperties;

/**
 * The admin credential from configuration and the check of a request against it. Secrets are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, so the time taken says nothing about how much of a guess was right,
 * nor about the secret's length.
 */
final class AdminCredentials {

    static final String API_KEY_HEADER = "X-API-Key";
    static final String REALM = "clausemap rule management";

    /** The outcome of checking a request. */
    enum Verdict { GRANTED, REFUSED, NOT_CONFIGURED }

    private final byte[] apiKey;
    private final byte[] username;
    private final byte[] password;

    AdminCredentials(ClausemapProperties.Admin admin) {
        this.apiKey = admin.hasApiKey() ? digest(admin.apiKey()) : null;
        this.username = admin.hasBasic() ? digest(admin.username()) : null;
        this.password = admin.hasBasic() ? digest(admin.password()) : null;
    }

    boolean configured() {
        return apiKey != null || username != null;
    }

    /**
     * @param apiKeyHeader  the {@code X-API-Key} header, or null
     * @param authorization the {@code Authorization} header, or null
     */
    Verdict check(String apiKeyHeader, String authorization) {
        if (!configured()) {
            return Verdict.NOT_CONFIGURED;
        }
        boolean keyMatches = apiKey != null && apiKeyHeader != null
                && MessageDigest.isEqual(apiKey, digest(apiKeyHeader));
        return keyMatches || basicMatches(authorization) ? Verdict.GRANTED : Verdict.REFUSED;
    }

    /** Who a granted request authenticated as, for the log: the Basic user, or the API key (never the secret). */
    String principal(String authorization) {
        return basicMatches(authorization) ? "user " + basicPair(authorization)[0] : "the API key";
    }

    /** The {@code WWW-Authenticate} challenges of a 401, one per configured scheme. */
    List<String> challenges() {
        List<String> challenges = new ArrayList<>();
        if (username != null) {
            challenges.add("Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        if (apiKey != null) {
            challenges.add("ApiKey realm=\"" + REALM + "\", header=\"" + API_KEY_HEADER + "\"");
        }
        return challenges;
    }

    /** How a caller presents the credential, in words. */
    String howToAuthenticate() {
        List<String> ways = new ArrayList<>();
        if (apiKey != null) {
            ways.add("the " + API_KEY_HEADER + " header");
        }
        if (username != null) {
            ways.add("HTTP Basic credentials");
        }
        return String.join(" or ", ways);
    }

    private boolean basicMatches(String authorization) {
        if (username == null) {
            return false;
        }
        String[] pair = basicPair(authorization);
        if (pair == null) {
            return false;
        }
        boolean user = MessageDigest.isEqual(username, digest(pair[0]));
        boolean secret = MessageDigest.isEqual(password, digest(pair[1]));
        return user & secret;
    }

    /** User and password of a Basic {@code Authorization} header, or null when it is not one. */
    private static String[] basicPair(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
