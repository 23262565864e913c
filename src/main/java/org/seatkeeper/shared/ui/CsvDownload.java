package org.seatkeeper.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A link to a CSV file written straight to the response while it is read. */
public final class CsvDownload {

    private CsvDownload() {}

    /** "Export CSV", the one export of a view (id {@code export-csv}), in the page's language. */
    public static Anchor link(String fileName, Consumer<Writer> writeCsv) {
        Anchor link = link(fileName, PageWords.of("csv.export"), writeCsv);
        link.setId("export-csv");
        return link;
    }

    /** A link with its own words, for a view with several exports. */
    public static Anchor link(String fileName, String text, Consumer<Writer> writeCsv) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv;charset=UTF-8");
            Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            writeCsv.accept(writer);
            writer.flush();
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, text);
    }
}
