package org.clausemap.provision;

/** The formats clausemap reads. Markdown is converted to HTML and read by the same extractor. */
public enum SourceFormat {
    HTML, MARKDOWN, TEXT
}
