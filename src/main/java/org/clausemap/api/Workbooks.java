package org.clausemap.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.clausemap.analysis.Analysis;
import org.clausemap.checklist.ChecklistItem;
import org.clausemap.export.workbook.ChecklistReview;
import org.clausemap.export.workbook.ChecklistReviewReader;
import org.clausemap.export.workbook.WorkbookFormatException;
import org.clausemap.export.workbook.WorkbookProblem;
import org.clausemap.export.workbook.WorkbookWriter;
import org.clausemap.store.Review;
import org.clausemap.store.ReviewStore;
import org.clausemap.store.StoredAnalysis;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The checklist workbook of a stored analysis, both ways: written with the reviews stored so far, and read back from
 * a reviewer's copy into stored reviews. A copy that belongs to another analysis or whose structure was altered is
 * refused whole (422, naming sheet and cell), and nothing stored changes.
 */
@Service
class Workbooks {

    private final ReviewStore reviews;
    private final WorkbookWriter writer = new WorkbookWriter();
    private final ChecklistReviewReader reader = new ChecklistReviewReader();

    Workbooks(ReviewStore reviews) {
        this.reviews = reviews;
    }

    byte[] write(StoredAnalysis stored) {
        Map<String, ChecklistReview> byAction = new LinkedHashMap<>();
        for (Review r : reviews.reviews(stored.id())) {
            byAction.put(r.actionId(), new ChecklistReview(r.actionId(), r.status(), r.reviewer(), r.dueDate(),
                    r.notes()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(stored.analysis(), stored.id().toString(), byAction, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook of analysis " + stored.id(), e);
        }
        return out.toByteArray();
    }

    /** Reads a reviewed workbook of {@code stored} and makes its entries the stored reviews. */
    List<Review> review(StoredAnalysis stored, MultipartFile file) {
        if (file.isEmpty()) {
            throw ApiProblem.invalid("file", "The uploaded workbook is empty");
        }
        List<ChecklistReview> read;
        try (InputStream in = file.getInputStream()) {
            read = reader.read(in, stored.id().toString(), stored.analysis().document().sha256());
        } catch (WorkbookFormatException e) {
            throw new ApiProblem(ProblemType.INVALID_WORKBOOK, e.getMessage(), e)
                    .with("problems", e.problems().stream().map(Workbooks::located).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded workbook", e);
        }
        checkActions(stored.analysis(), read);
        return reviews.replace(stored.id(), read.stream().filter(r -> !isDefault(r))
                .map(r -> new Review(r.actionId(), r.status(), r.reviewer(), r.dueDate(), r.notes(), null))
                .toList());
    }

    /** A review that records nothing beyond the default: status Open, no reviewer, due date or notes. */
    private static boolean isDefault(ChecklistReview r) {
        return ChecklistReview.OPEN.equals(r.status()) && r.reviewer() == null && r.dueDate() == null
                && r.notes() == null;
    }

    private static void checkActions(Analysis analysis, List<ChecklistReview> read) {
        Set<String> known = analysis.checklist().stream().map(ChecklistItem::id).collect(Collectors.toSet());
        List<String> unknown = read.stream().map(ChecklistReview::actionId).filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_WORKBOOK, "The workbook reviews actions that are not in this"
                    + " analysis's checklist: " + String.join(", ", unknown)).with("actions", unknown);
        }
    }

    private static Map<String, String> located(WorkbookProblem p) {
        Map<String, String> located = new LinkedHashMap<>();
        located.put("sheet", p.sheet());
        located.put("cell", p.cell());
        located.put("message", p.message());
        return located;
    }
}
