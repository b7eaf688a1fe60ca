package org.clausemap;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClausemapApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(ClausemapApplication.class, args);
    }
}
