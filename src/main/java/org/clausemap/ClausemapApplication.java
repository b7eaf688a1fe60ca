package org.clausemap;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The REST service ({@code clausemap serve}). */
@SpringBootApplication
public class ClausemapApplication {
}
