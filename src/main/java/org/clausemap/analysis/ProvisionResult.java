package org.clausemap.analysis;

import java.util.List;

import org.clausemap.provision.SourceLocation;

/**
 * A provision with what the rules found in it.
 *
 * @param id          stable provision id
 * @param number      clause number, or null
 * @param sectionPath enclosing section headings
 * @param heading     the clause's own heading, or null
 * @param text        the clause text
 * @param location    where it stands in the source
 * @param sha256      hash of its normalised text
 * @param categories  provision categories the rules recognised
 * @param forms       deontic forms (prohibition, obligation, permission, grant)
 * @param qualifiers  qualifiers that change its weight
 * @param ruleIds     the classification rules that fired on it, and the rules that read a term it uses
 * @param terms       the terms the document defines that the rules read it with ("Drafts" read as "Outputs")
 */
public record ProvisionResult(String id, String number, List<String> sectionPath, String heading, String text,
                              SourceLocation location, String sha256, List<String> categories, List<String> forms,
                              List<String> qualifiers, List<String> ruleIds, List<TermUse> terms) {

    /** A provision read without any defined term. */
    public ProvisionResult(String id, String number, List<String> sectionPath, String heading, String text,
                           SourceLocation location, String sha256, List<String> categories, List<String> forms,
                           List<String> qualifiers, List<String> ruleIds) {
        this(id, number, sectionPath, heading, text, location, sha256, categories, forms, qualifiers, ruleIds,
                List.of());
    }
}
