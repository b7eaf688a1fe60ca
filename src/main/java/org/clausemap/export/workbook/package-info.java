/**
 * The audit-ready due-diligence workbook: {@link org.clausemap.export.workbook.WorkbookWriter} streams an analysis
 * into an xlsx file (Summary, Provisions, Mappings, Checklist, Rule trace, Method and a hidden {@code _clausemap}
 * identity sheet); {@link org.clausemap.export.workbook.ChecklistReviewReader} reads the reviewer columns of the
 * Checklist sheet back, refusing workbooks that belong to another analysis or whose structure was altered.
 * Everything else here is package-private.
 */
package org.clausemap.export.workbook;
