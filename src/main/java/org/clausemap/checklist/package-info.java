/** The due-diligence checklist: action items emitted by checklist rules, deduplicated by action, with evidence. */
package org.clausemap.checklist;
