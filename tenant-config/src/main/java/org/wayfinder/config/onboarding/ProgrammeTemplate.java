package org.wayfinder.config.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.wayfinder.config.configuration.TenantConfiguration;
import org.wayfinder.platform.json.Json;

/**
 * What a new programme starts from: a configuration document kept in {@code templates/} of this
 * module, of the same kind owners export and import. Its branding name is replaced by the new
 * programme's name; everything else (forms, journeys, colours, plugins) is the template's.
 *
 * @param id          how applications and operators name it
 * @param name        what people choose
 * @param description one sentence on what it sets up
 */
public record ProgrammeTemplate(String id, String name, String description) {

    public static final List<ProgrammeTemplate> ALL = List.of(
            new ProgrammeTemplate("mentoring", "Mentoring programme",
                    "Young people register, tell you about themselves, agree to safeguarding rules and wait for approval "
                            + "before being matched with NHS professionals."),
            new ProgrammeTemplate("zone", "Zone (live Chats for schools)",
                    "Students register with their school, agree to the Zone rules, take part in live Chats and give feedback."),
            new ProgrammeTemplate("blank", "Blank",
                    "Only your name and colours: you build your forms and journeys yourself."));

    public static Optional<ProgrammeTemplate> find(String id) {
        return ALL.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    /** The template's document as it is kept. */
    public String document() {
        String path = "templates/" + id + ".json";
        try (InputStream in = ProgrammeTemplate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's document for a programme of this name. */
    public String documentFor(String programmeName) {
        TenantConfiguration template = Json.read(document(), TenantConfiguration.class);
        TenantConfiguration.Branding look = template.branding();
        return Json.write(new TenantConfiguration(template.schema(), template.formatVersion(),
                new TenantConfiguration.Branding(programmeName.strip(), look.description(), look.primaryColour(), look.accentColour(),
                        look.welcomeText(), look.footerLinks(), look.logo()),
                template.forms(), template.journeys(), template.plugins(), template.notices(), template.retention()));
    }
}
