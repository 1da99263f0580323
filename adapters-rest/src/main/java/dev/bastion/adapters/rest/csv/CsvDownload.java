package dev.bastion.adapters.rest.csv;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The answer of every CSV export: a UTF-8 attachment named after what it holds and the day, never cached. */
public final class CsvDownload {

    private static final MediaType CSV_UTF8 = MediaType.of("text/csv; charset=utf-8");

    private CsvDownload() {
    }

    /** {@code name-YYYY-MM-DD.csv} holding {@code content} as it is read. */
    public static HttpResponse<StreamedFile> of(String name, CsvExportStream<?> content) {
        // the day of the download in UTC names the file; nothing depends on it, so the system clock serves
        String fileName = name + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return HttpResponse.ok(new StreamedFile(content, CSV_UTF8))
                .contentType(CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
