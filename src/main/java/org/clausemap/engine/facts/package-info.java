/**
 * The facts rules see and insert. Provisions enter as {@link org.clausemap.engine.facts.Clause}s; rules insert
 * {@link org.clausemap.engine.facts.Classification}s, {@link org.clausemap.engine.facts.Qualifier}s,
 * {@link org.clausemap.engine.facts.Engagement}s, {@link org.clausemap.engine.facts.Factor}s and
 * {@link org.clausemap.engine.facts.ActionItem}s, each taking its legal content from the inserting rule's metadata
 * and stamped with that rule's id.
 */
package org.clausemap.engine.facts;
