package org.clausemap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;

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
    void writesTheStandardLz4FrameFormat() {
        byte[] packed = Compressed.pack("{}");
        assertThat(Arrays.copyOf(packed, 4)).containsExactly(0x04, 0x22, 0x4d, 0x18); // the frame's magic number
    }

    @Test
    void readsTheGzipThatEarlierVersionsStored() throws IOException {
        String json = "{\"quote\": \"“You may not” — 😀\"}".repeat(50);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Compressed.unpack(gzip.toByteArray())).isEqualTo(json);
    }

    @Test
    void bytesThatAreNeitherLz4NorGzipAreAClearError() throws IOException {
        assertThatThrownBy(() -> Compressed.unpack("{\"plain\": \"json\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither LZ4 nor gzip").hasMessageContaining("17 bytes")
                .hasMessageContaining("7b22706c");
        assertThatThrownBy(() -> Compressed.unpack(new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        byte[] truncated = Arrays.copyOf(Compressed.pack("x".repeat(1000)), 12);
        assertThatThrownBy(() -> Compressed.unpack(truncated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid LZ4");
        byte[] corrupted = Compressed.pack("clause ".repeat(500));
        corrupted[corrupted.length / 2] ^= 0x5a;
        assertThatThrownBy(() -> Compressed.unpack(corrupted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid LZ4");
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("x".repeat(1000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncatedGzip = Arrays.copyOf(gzip.toByteArray(), 12);
        assertThatThrownBy(() -> Compressed.unpack(truncatedGzip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid gzip");
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
