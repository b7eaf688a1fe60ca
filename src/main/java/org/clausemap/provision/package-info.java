/**
 * The document model every later stage reads: a {@link org.clausemap.provision.Document} and its
 * {@link org.clausemap.provision.Provision}s with provenance. Immutable values, no behaviour.
 */
package org.clausemap.provision;
