package org.guichet.tools;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

final class SourceFiles {
    private SourceFiles() {
    }

    /** The files of {@code dir} matching the glob, sorted by name so every build reads them in the same order. */
    static List<Path> matching(Path dir, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
