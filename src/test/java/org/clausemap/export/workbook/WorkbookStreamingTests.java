package org.clausemap.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.clausemap.analysis.Analysis;
import org.clausemap.checklist.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** A large document streams through the writer; rows are counted with a streaming reader too. */
class WorkbookStreamingTests {

    static final int PROVISIONS = 10_000;
    static final int ENGAGEMENTS = 20_000;

    @Test
    void tenThousandProvisionsAndTwentyThousandEngagementsAreWrittenRowByRow(@TempDir Path dir) throws Exception {
        Analysis analysis = large();
        Path file = dir.resolve("large.xlsx");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();

        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new WorkbookWriter().write(analysis, "an-large", out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("workbook: %,d provisions, %,d engagements, %,d checklist actions, %,d firings written in"
                        + " %,d ms; %,d KiB; heap %,d -> %,d MiB%n", PROVISIONS, ENGAGEMENTS,
                analysis.checklist().size(), analysis.trace().size(), millis, Files.size(file) / 1024,
                before >> 20, after >> 20);

        Map<String, Integer> rows = rowCounts(file);
        assertThat(rows).containsEntry("Provisions", PROVISIONS + 1).containsEntry("Mappings", ENGAGEMENTS + 1)
                .containsEntry("Checklist", analysis.checklist().size() + 1)
                .containsEntry("Rule trace", analysis.trace().size() + 1);
    }

    /** Ten thousand provisions, each engaging two frameworks, one checklist action per fifty provisions. */
    static Analysis large() {
        AnalysisFixture f = new AnalysisFixture();
        String filler = " The provider may suspend or terminate access at any time, in its sole discretion, and"
                + " without notice, where it considers the use to breach these terms or applicable law.";
        for (int i = 0; i < PROVISIONS; i++) {
            String id = i + "-" + Integer.toHexString(i * 7919);
            f.provision(id, Integer.toString(i), "Clause " + i + "." + filler, "account-termination");
            f.engagement(id, "account-termination", "eu-p2b", "Art. 4 P2B", i % 101,
                    AnalysisFixture.factor("severity", 60), AnalysisFixture.factor("relevance", 0.8),
                    AnalysisFixture.factor("breadth", 1.2));
            f.engagement(id, "account-termination", "eu-dsa", "Art. 14 DSA", i % 67,
                    AnalysisFixture.factor("severity", 50), AnalysisFixture.factor("relevance", 0.6));
            f.firing("classify.termination", "classify", id);
            if (i % 50 == 0) {
                f.action("act-" + i, "Review termination clause " + i, "high", "legal", List.of("eu-p2b"),
                        List.of("Art. 4 P2B"), new Evidence(id, Integer.toString(i),
                                "Clause " + i + "." + filler, "account-termination", "eu-p2b", i % 101));
            }
        }
        f.framework("eu-p2b", "Platform-to-Business Regulation", "Regulation (EU) 2019/1150", 100, PROVISIONS, "0-0")
                .framework("eu-dsa", "Digital Services Act", "Regulation (EU) 2022/2065", 66, PROVISIONS, "66-0");
        return f.build();
    }

    /** Rows per sheet, counted by a SAX pass over each sheet's XML (nothing is held in memory). */
    static Map<String, Integer> rowCounts(Path file) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    int[] n = {0};
                    factory.newSAXParser().parse(sheet, new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String local, String qName, Attributes atts) {
                            if ("row".equals(local)) {
                                n[0]++;
                            }
                        }
                    });
                    counts.put(sheets.getSheetName(), n[0]);
                }
            }
        }
        return counts;
    }
}
