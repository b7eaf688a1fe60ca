package org.clausemap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.clausemap.provision.Document;
import org.clausemap.provision.Provision;
import org.clausemap.provision.SourceFormat;

/** Reads the fixtures under {@code src/test/resources/ingest/} and finds provisions in the result. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document read(String name) {
        return read(name, Selectors.NONE);
    }

    static Document read(String name, Selectors selectors) {
        return new DocumentReader().read(new Source(name, text(name), null, selectors));
    }

    static Document readHtml(String html, Selectors selectors) {
        return new DocumentReader().read(new Source("inline.html", html, SourceFormat.HTML, selectors));
    }

    static Provision numbered(Document document, String number) {
        List<Provision> found = document.provisions().stream().filter(p -> number.equals(p.number())).toList();
        if (found.isEmpty()) {
            throw new AssertionError("No provision numbered " + number + " in " + numbers(document));
        }
        return found.get(0);
    }

    static Optional<Provision> containing(Document document, String text) {
        return document.provisions().stream().filter(p -> p.text().contains(text)).findFirst();
    }

    static Provision withText(Document document, String text) {
        return containing(document, text).orElseThrow(() -> new AssertionError("No provision containing '" + text
                + "' in " + document.provisions().stream().map(Provision::text).toList()));
    }

    static boolean anyContains(Document document, String text) {
        return containing(document, text).isPresent();
    }

    private static List<String> numbers(Document document) {
        return document.provisions().stream().map(Provision::number).toList();
    }
}
