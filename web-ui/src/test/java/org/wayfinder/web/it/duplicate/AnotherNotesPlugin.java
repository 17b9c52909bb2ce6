package org.wayfinder.web.it.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import org.wayfinder.platform.spi.Plugin;

/** A second plugin claiming the id "notes", which DuplicatePluginIT adds to prove the start fails. */
@ApplicationScoped
public class AnotherNotesPlugin implements Plugin {

    @Override
    public String id() {
        return "notes";
    }

    @Override
    public String name() {
        return "Another notes";
    }

    @Override
    public String version() {
        return "1.0";
    }
}
