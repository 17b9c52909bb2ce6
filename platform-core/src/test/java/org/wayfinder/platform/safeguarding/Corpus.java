package org.wayfinder.platform.safeguarding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus of messages kept as a test resource, one message a line, so that it can grow without
 * touching code and be read by people who are not programmers. A {@code #} line names the category
 * of the messages under it (the last of several comment lines in a row is the category), which is
 * how a failure says what kind of message went wrong.
 */
record Corpus(String name, List<Entry> entries) {

    /** One message and the category it was written under. */
    record Entry(String category, String message) {
    }

    static Corpus read(String resource) {
        InputStream in = Corpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("No test resource " + resource);
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String category = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    category = line.substring(1).strip();
                } else if (!line.isBlank()) {
                    entries.add(new Entry(category, line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(resource, List.copyOf(entries));
    }

    int size() {
        return entries.size();
    }
}
