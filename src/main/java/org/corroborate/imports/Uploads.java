package org.corroborate.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The files of a multipart request as {@link UploadContents.Part}s: each read from where Quarkus kept it. */
final class Uploads {

    private Uploads() {
    }

    static List<UploadContents.Part> of(List<FileUpload> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f.uploadedFile() != null).<UploadContents.Part>map(f -> new UploadContents.Part() {
            @Override
            public String name() {
                return f.fileName();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(f.uploadedFile());
            }
        }).toList();
    }
}
