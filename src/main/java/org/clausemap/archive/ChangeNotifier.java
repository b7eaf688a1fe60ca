package org.clausemap.archive;

import org.clausemap.archive.store.CaptureFailure;
import org.clausemap.archive.store.RegisteredDocument;

/**
 * Told about what the archive recorded (imports excepted): a new version with its change summary, and capture
 * failures. Implementations must not throw; a failed delivery is theirs to log.
 */
public interface ChangeNotifier {

    /** A version was created after another; {@code recording.summary()} says what changed. */
    void versionCreated(Recording recording);

    /** A capture extracted to (almost) nothing. */
    void captureFailed(RegisteredDocument document, CaptureFailure failure);
}
