package org.seatkeeper.audit.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;

/** An "Export CSV" link whose file is written straight to the response while it is read. */
final class CsvDownload {

    private CsvDownload() {
    }

    static Anchor link(String fileName, Consumer<Writer> writeCsv) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv;charset=UTF-8");
            Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            writeCsv.accept(writer);
            writer.flush();
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "Export CSV");
        link.setId("export-csv");
        return link;
    }
}
