package org.clausemap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class CompressedTests {

    @Test
    void roundTripsAnyTextAndShrinksRepetitiveJson() {
        String json = "{\"citation\": \"17 U.S.C. § 106\", \"quote\": \"“You may not” — ünïcödé 😀\"}, ".repeat(2000);
        byte[] packed = Compressed.pack(json);
        assertThat(Compressed.unpack(packed)).isEqualTo(json);
        assertThat(packed.length).isLessThan(json.getBytes(StandardCharsets.UTF_8).length / 10);
        assertThat(Compressed.unpack(Compressed.pack(""))).isEmpty();
    }

    @Test
    void writesStandardGzip() {
        byte[] packed = Compressed.pack("{}");
        assertThat(packed[0] & 0xff).isEqualTo(0x1f);
        assertThat(packed[1] & 0xff).isEqualTo(0x8b);
    }

    @Test
    void bytesThatAreNotGzipAreAClearError() {
        assertThatThrownBy(() -> Compressed.unpack("{\"plain\": \"json\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid gzip").hasMessageContaining("17 bytes");
        byte[] truncated = Arrays.copyOf(Compressed.pack("x".repeat(1000)), 12);
        assertThatThrownBy(() -> Compressed.unpack(truncated)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theServiceMigratesFromTheSameLocationsAsTheCliAndTheTests() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("spring.flyway.locations").split(","))
                .containsExactly(Migrations.LOCATIONS);
    }
}
