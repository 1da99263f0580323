package dev.bastion.tools.codegen;

import java.util.Objects;

/** One file the generator writes: its path relative to the repository root ('/'-separated) and its text. */
public record GeneratedFile(String path, String content) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
