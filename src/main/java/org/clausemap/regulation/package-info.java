/**
 * The legal frameworks that provisions are mapped to, as declared by legal engineers in {@code regulations/}.
 *
 * <p>{@link org.clausemap.regulation.RegulationCatalog#load(java.nio.file.Path)} reads one YAML file per
 * {@link org.clausemap.regulation.Framework}, validates every file and fails with a
 * {@link org.clausemap.regulation.RegulationException} that lists all problems found, each as a
 * {@link org.clausemap.regulation.RegulationProblem} naming the file and, where known, line and column.
 * Rules, scoring and checklists refer to frameworks by id only; the content (citations, severities, notes) lives in
 * the files, never in code. The file format is documented in {@code regulations/README.md}.
 *
 * <p>Everything else in this package (the YAML reader, the field validation, the allowed vocabularies) is
 * package-private.
 */
package org.clausemap.regulation;
