package org.wayfinder.testplugin.archive;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.wayfinder.platform.spi.Plugin;

/**
 * Depends on notes. Its id sorts before "notes", so only dependency order puts it second; its
 * changelog has a foreign key onto the notes table and so fails unless it runs after the notes one.
 */
@ApplicationScoped
public class ArchivePlugin implements Plugin {

    @Override
    public String id() {
        return "archive";
    }

    @Override
    public String name() {
        return "Archive";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public Set<String> dependencies() {
        return Set.of("notes");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/archive/changelog.xml");
    }
}
