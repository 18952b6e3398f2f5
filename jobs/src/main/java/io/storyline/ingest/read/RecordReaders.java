package io.storyline.ingest.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Opens the right reader for an input file. */
public final class RecordReaders {
    private RecordReaders() {}

    public static RecordReader open(InputFiles.InputFile file, ReadContext context, Configuration conf)
            throws IOException {
        Path path = new Path(file.path());
        FileSystem fs = path.getFileSystem(conf);
        FSDataInputStream in = fs.open(path);
        try {
            return switch (file.format()) {
                case WARC -> new WarcRecordReader(new SeekableInput(in, nonEmptyArchive(fs, path, file.path())), context);
                case JSON_LINES -> new JsonLinesRecordReader(maybeGunzip(in, file.path()), context);
                case TEXT -> new TextFileRecordReader(in, path.toUri().toString(), context);
                case PATH_LIST -> throw new IllegalStateException("path lists are expanded before reading");
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The archive's length. A gzipped archive of 0 bytes is a download cut short, not an empty crawl, so it
     * is refused (one {@code unreadable} reject), as an empty {@code .jsonl.gz} is by the gzip reader.
     */
    private static long nonEmptyArchive(FileSystem fs, Path path, String name) throws IOException {
        long length = fs.getFileStatus(path).getLen();
        if (length == 0 && InputFormat.isGzipped(name)) {
            throw new EOFException("empty file: 0 bytes, not a gzip stream");
        }
        return length;
    }

    private static InputStream maybeGunzip(InputStream in, String name) throws IOException {
        return InputFormat.isGzipped(name) ? new GZIPInputStream(in, 64 * 1024) : in;
    }
}
