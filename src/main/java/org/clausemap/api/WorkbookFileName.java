package org.clausemap.api;

import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.Locale;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.DocumentInfo;

/**
 * The download name of an analysis's workbook: {@code clausemap-<platform>[-<documentType>]-<date>.xlsx}, or
 * {@code clausemap-<title>-<date>.xlsx} without a platform; ASCII letters, digits and dashes only, so it is safe
 * in any header and file system. The date is the analysis date (UTC).
 */
final class WorkbookFileName {

    private static final int MAX_NAME = 60;

    private WorkbookFileName() {
    }

    static String of(Analysis analysis) {
        DocumentInfo d = analysis.document();
        String name = d.platform() == null ? slug(d.title())
                : slug(d.platform() + (d.documentType() == null ? "" : "-" + d.documentType()));
        String date = analysis.analysedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return "clausemap-" + (name.isEmpty() ? "analysis" : name) + "-" + date + ".xlsx";
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return slug;
    }
}
