package org.clausemap.archive.diff;

import java.util.Locale;

import org.clausemap.engine.Category;
import org.clausemap.engine.RuleSetManifest;
import org.clausemap.regulation.Framework;
import org.clausemap.regulation.RegulationCatalog;

/** Human names of categories and frameworks, from the content that owns them: the rule set and the regulations. */
final class Names {

    private final RuleSetManifest manifest;
    private final RegulationCatalog regulations;

    Names(RuleSetManifest manifest, RegulationCatalog regulations) {
        this.manifest = manifest;
        this.regulations = regulations;
    }

    String category(String id) {
        return manifest.category(id).map(Category::name).orElse(id);
    }

    String group(String id) {
        return manifest.category(id).map(Category::group).orElse(null);
    }

    String framework(String id) {
        return regulations.find(id).map(Framework::name).orElse(id);
    }

    /** The framework's name without its trailing parenthetical or dash note, for sentences. */
    String frameworkShort(String id) {
        String name = framework(id);
        int cut = name.length();
        for (String mark : new String[] {" (", " - ", ", "}) {
            int at = name.indexOf(mark);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return name.substring(0, cut);
    }

    String band(Integer score) {
        return score == null ? null : manifest.band(score);
    }

    /** A qualifier or form as words: {@code except-where-permitted} reads {@code except where permitted}. */
    static String term(String name) {
        return name.replace('-', ' ');
    }

    /** A name inside a sentence: {@code Competing-model restriction} reads {@code competing-model restriction}. */
    static String inline(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        return name;
    }
}
