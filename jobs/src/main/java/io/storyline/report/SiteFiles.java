package io.storyline.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The report's folder, on any Hadoop file system: the driver writes the page, its assets and the
 * overview; the executors write the list and detail files of their partitions (Serializable for
 * that), so no list passes through the driver.
 */
public final class SiteFiles implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The page and its assets, in the jar under report/. */
    static final List<String> ASSETS = List.of("index.html", "app.js", "charts.js", "style.css");

    private final String root;
    private final SerializableConfiguration conf;

    public SiteFiles(String root, Configuration conf) {
        this.root = root;
        this.conf = new SerializableConfiguration(conf);
    }

    public String root() {
        return root;
    }

    /**
     * Makes the folder ready for a new report: an earlier report's data goes (a stale bucket file
     * would show old stories), anything else there stops the write rather than being deleted.
     */
    public void prepare() {
        try {
            Path dir = new Path(root);
            FileSystem fs = fs();
            if (fs.exists(dir) && fs.listStatus(dir).length > 0) {
                if (!fs.exists(new Path(dir, "index.html"))) {
                    throw new IllegalStateException(root + " is not empty and holds no report: choose another --output");
                }
                for (String asset : ASSETS) {
                    fs.delete(new Path(dir, asset), false);
                }
                fs.delete(new Path(dir, "data"), true);
            }
            fs.mkdirs(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the page and its assets out of the jar. */
    public void writeAssets() {
        for (String asset : ASSETS) {
            try (InputStream in = SiteFiles.class.getResourceAsStream("/report/" + asset)) {
                if (in == null) {
                    throw new IllegalStateException("report asset missing from the jar: " + asset);
                }
                write(asset, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes a data file ({@link SiteLayout#path}) holding {@code json}. */
    public void writeData(String name, String json) {
        write(SiteLayout.path(name), SiteLayout.script(name, json).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the data files of one partition of (file, key, json) rows sorted by file, then key: a
     * keyed file becomes an object from key to value, a list file an array in key order. Returns
     * the number of files written.
     */
    public int writeSorted(Iterator<String[]> rows, boolean keyed) {
        int files = 0;
        String file = null;
        StringBuilder json = new StringBuilder();
        while (rows.hasNext()) {
            String[] row = rows.next();
            if (!row[0].equals(file)) {
                if (file != null) {
                    writeData(file, json.append(keyed ? '}' : ']').toString());
                    files++;
                }
                file = row[0];
                json.setLength(0);
                json.append(keyed ? '{' : '[');
            } else {
                json.append(',');
            }
            if (keyed) {
                json.append(SiteLayout.quote(row[1])).append(':');
            }
            json.append(row[2]);
        }
        if (file != null) {
            writeData(file, json.append(keyed ? '}' : ']').toString());
            files++;
        }
        return files;
    }

    private void write(String relative, byte[] bytes) {
        Path path = new Path(root, relative);
        try (OutputStream out = fs().create(path, true)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report's file system, without Hadoop's checksum layer: on a local disk that layer writes
     * a hidden .crc file beside every page file, which a static site does not want. The raw file
     * system under the cached instance, so no instance is made (or leaked) per task.
     */
    private FileSystem fs() throws IOException {
        FileSystem fs = new Path(root).getFileSystem(conf.value());
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }
}
