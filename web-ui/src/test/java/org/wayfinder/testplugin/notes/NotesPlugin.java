package org.wayfinder.testplugin.notes;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wayfinder.platform.spi.FieldError;
import org.wayfinder.platform.spi.Plugin;
import org.wayfinder.platform.spi.PluginRole;
import org.wayfinder.platform.spi.PluginSetting;

/**
 * A plugin that lives in the tests to prove the SPI end to end: discovered by CDI, its changelog
 * run at start, its entity tenant-owned, its page and API behind the per-tenant switch, its
 * settings typed and validated, its role available to registration and tokens.
 */
@ApplicationScoped
public class NotesPlugin implements Plugin {

    public static final String ID = "notes";
    public static final String NOTE_TAKER = "note-taker";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Notes";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String description() {
        return "Short notes, to prove the plugin interface.";
    }

    @Override
    public List<PluginSetting> settings() {
        return List.of(
                PluginSetting.integer("max-length", "Longest note").withRange(10, 5000).withDefault("200").asRequired(),
                PluginSetting.bool("signed", "Notes must carry a signature"),
                PluginSetting.text("signature", "Signature").withRange(0, 40),
                PluginSetting.choice("audience", "Who can read notes", "everyone", "staff").withDefault("everyone"));
    }

    @Override
    public List<FieldError> validateSettings(Map<String, Object> values) {
        if (Boolean.TRUE.equals(values.get("signed")) && values.get("signature") == null) {
            return List.of(new FieldError("signature", "Give a signature, or do not require one."));
        }
        return List.of();
    }

    @Override
    public List<PluginRole> roles() {
        return List.of(new PluginRole(NOTE_TAKER, "Note taker", "Writes notes", true));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/notes/changelog.xml");
    }
}
