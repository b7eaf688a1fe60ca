/**
 * Rule authoring support for legal engineers: case files beside the rules ({@code *.cases.yaml}), the runner that
 * checks them against the real engine, and coverage of rules by cases.
 */
package org.clausemap.authoring;
