package dev.bastion.adapters.rest.codegen;

import dev.bastion.tools.codegen.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A generated module as a zip held in memory: one entry per file, named by its path, UTF-8 text. */
final class ModuleZip {

    private ModuleZip() {
    }

    /**
     * The zip of {@code files}. In memory, because the generator's own limits (aggregates, fields)
     * keep a module to a few hundred kilobytes, and a download is then all or nothing.
     */
    static byte[] of(List<GeneratedFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (GeneratedFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            // nothing but memory is written to; kept unchecked as an unexpected failure
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
