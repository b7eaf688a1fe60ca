/**
 * Import of an archive folder laid out {@code <platform>/<document-type>/<YYYY-MM-DD>.<md|html|txt>} (the layout of
 * the Open Terms Archive corpus): each file becomes a version dated by its name, documents are registered as needed,
 * and a file whose text is that of the version in force at its date adds nothing, so importing twice is harmless.
 */
package org.clausemap.archive.imports;
