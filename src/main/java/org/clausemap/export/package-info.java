/** Renderings of an analysis: JSON (the shared schema), the terminal summary, and the Excel workbook. */
package org.clausemap.export;
