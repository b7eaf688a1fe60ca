/**
 * Cross-platform comparison: for one provision category, the matching provisions of the latest version of every
 * registered document, side by side, with their quotes, forms, qualifiers and framework scores, and the share of
 * platforms whose documents have such a provision. Written as JSON by the API and as a Compare sheet by
 * {@link org.clausemap.archive.compare.CompareWorkbook}.
 */
package org.clausemap.archive.compare;
