package io.storyline.ingest.read;

import io.storyline.config.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the command line's inputs (files, directories, globs and path lists) into the sorted
 * list of files to read, through the Hadoop FileSystem API so that hdfs:// and s3a:// work like
 * local paths. Sorting makes the result independent of listing order.
 */
public final class InputFiles {

    /** One file to read. */
    public record InputFile(String path, InputFormat format, long size) implements Serializable {}

    /** The files to read, and files in input directories whose format is unknown (reported, not read). */
    public record Expansion(List<InputFile> files, List<String> skipped) {}

    private InputFiles() {}

    /**
     * @param prefix resolves relative entries of path lists; when empty they resolve against the
     *               folder holding the list
     * @throws UsageException with a one-line message for an input that does not exist,
     *                                  or a named file whose format is unknown
     */
    public static Expansion expand(List<String> inputs, String prefix, Configuration conf) {
        TreeSet<String> seen = new TreeSet<>();
        List<InputFile> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            for (String input : inputs) {
                expandOne(input, prefix, conf, true, seen, files, skipped);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(java.util.Comparator.comparing(InputFile::path));
        skipped.sort(null);
        return new Expansion(List.copyOf(files), List.copyOf(skipped));
    }

    private static void expandOne(String input, String prefix, Configuration conf, boolean named,
                                  TreeSet<String> seen, List<InputFile> files, List<String> skipped) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            throw new UsageException("input not found: " + input);
        }
        for (FileStatus status : matches) {
            if (status.isDirectory()) {
                listDirectory(fs, status.getPath(), seen, files, skipped);
            } else {
                addFile(fs, status, prefix, conf, named, seen, files, skipped);
            }
        }
    }

    private static void listDirectory(FileSystem fs, Path dir, TreeSet<String> seen, List<InputFile> files,
                                      List<String> skipped) throws IOException {
        for (FileStatus child : fs.listStatus(dir)) {
            String name = child.getPath().getName();
            // Hidden and Hadoop-private files (_SUCCESS, .crc) are not inputs.
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (child.isDirectory()) {
                listDirectory(fs, child.getPath(), seen, files, skipped);
            } else {
                InputFormat format = InputFormat.of(name);
                if (format == null || format == InputFormat.PATH_LIST) {
                    skipped.add(child.getPath().toString());
                } else if (seen.add(child.getPath().toString())) {
                    files.add(new InputFile(child.getPath().toString(), format, child.getLen()));
                }
            }
        }
    }

    private static void addFile(FileSystem fs, FileStatus status, String prefix, Configuration conf, boolean named,
                                TreeSet<String> seen, List<InputFile> files, List<String> skipped) throws IOException {
        String name = status.getPath().getName();
        InputFormat format = InputFormat.of(name);
        if (format == null) {
            if (named) {
                throw new UsageException("cannot tell the format of " + status.getPath()
                        + " (expected .warc[.gz], .wet[.gz], .arc[.gz], .jsonl[.gz], .txt or .paths[.gz])");
            }
            skipped.add(status.getPath().toString());
            return;
        }
        if (format == InputFormat.PATH_LIST) {
            for (String entry : readPathList(fs, status.getPath())) {
                String resolved = resolve(entry, prefix, status.getPath().getParent());
                expandOne(resolved, prefix, conf, true, seen, files, skipped);
            }
            return;
        }
        if (seen.add(status.getPath().toString())) {
            files.add(new InputFile(status.getPath().toString(), format, status.getLen()));
        }
    }

    static String resolve(String entry, String prefix, Path listFolder) {
        if (entry.contains("://") || entry.startsWith("/")) {
            return entry;
        }
        if (prefix != null && !prefix.isEmpty()) {
            return prefix.endsWith("/") ? prefix + entry : prefix + "/" + entry;
        }
        return new Path(listFolder, entry).toString();
    }

    private static List<String> readPathList(FileSystem fs, Path list) throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream raw = fs.open(list);
             InputStream in = InputFormat.isGzipped(list.getName()) ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(line);
                }
            }
        }
        return entries;
    }
}
