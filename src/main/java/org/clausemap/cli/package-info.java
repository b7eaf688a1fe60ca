/** The command line: analyze, bench and the other commands, over the same services as the REST API. */
package org.clausemap.cli;
