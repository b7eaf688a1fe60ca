package org.clausemap.api.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip of a rules folder into an empty folder, refusing what could escape it or exhaust the disk: entries
 * whose path is absolute or climbs out ({@code ..}, "zip slip"), more entries than allowed, more bytes than allowed
 * once unpacked (counted while writing, whatever the headers claim), and duplicate entries. Hidden files and
 * {@code __MACOSX} metadata are skipped.
 */
final class RuleArchive {

    /** The archive was refused; the message says why. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final int maxEntries;
    private final long maxBytes;

    RuleArchive(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** Unpacks {@code zip} into {@code root}; returns the number of files written. */
    int extract(InputStream zip, Path root) throws Refused, IOException {
        Path base = root.toAbsolutePath().normalize();
        int entries = 0;
        int files = 0;
        long written = 0;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new Refused("the archive has more than " + maxEntries + " entries"
                            + " (clausemap.rules.max-archive-entries)");
                }
                Path target = target(base, entry.getName());
                if (target == null) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                written += copy(in, target, maxBytes - written, entry.getName());
                files++;
            }
        } catch (ZipException e) {
            throw new Refused("not a readable zip archive: " + e.getMessage());
        }
        if (entries == 0) {
            throw new Refused("the file is not a zip archive, or an empty one");
        }
        return files;
    }

    /** Where an entry goes, or null for entries to skip; refuses names that leave the root. */
    private static Path target(Path base, String name) throws Refused {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            throw new Refused("entry \"" + name + "\" has an absolute path");
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new Refused("entry \"" + name + "\" climbs out of the archive's folder");
            }
            if (segment.startsWith(".") && !segment.equals(".") || segment.equals("__MACOSX")) {
                return null;
            }
        }
        Path target = base.resolve(path).normalize();
        if (!target.startsWith(base)) {
            throw new Refused("entry \"" + name + "\" is outside the archive's folder");
        }
        return target.equals(base) ? null : target;
    }

    private long copy(InputStream in, Path target, long budget, String name) throws Refused, IOException {
        long n = 0;
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                n += r;
                if (n > budget) {
                    throw new Refused("the archive unpacks to more than " + maxBytes + " bytes"
                            + " (clausemap.rules.max-archive-bytes)");
                }
                out.write(buffer, 0, r);
            }
        } catch (FileAlreadyExistsException e) {
            throw new Refused("entry \"" + name + "\" appears twice");
        }
        return n;
    }
}
