package org.clausemap.provision;

import java.util.List;

/**
 * The smallest self-contained clause of a document, with its provenance.
 *
 * @param id          stable identifier: derived from the number and a hash of the normalised text, so it survives
 *                    re-ordering of the document (e.g. {@code 50.5-3fa2c1d9}, or {@code p-3fa2c1d9} when unnumbered)
 * @param number      the clause number as written ({@code 50.5}, {@code D.4}, {@code 3(2)}, {@code (a)}), or null
 * @param sectionPath headings of the enclosing sections, outermost first (may be empty)
 * @param heading     the clause's own heading where it has one ({@code Use Restrictions}), or null
 * @param text        the clause text, whitespace collapsed, as a reader sees it
 * @param location    where it stands in the source
 * @param sha256      SHA-256 (hex) of the normalised text
 */
public record Provision(String id, String number, List<String> sectionPath, String heading, String text,
                        SourceLocation location, String sha256) {

    public Provision {
        sectionPath = List.copyOf(sectionPath);
    }
}
