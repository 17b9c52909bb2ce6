package org.wayfinder.platform.spi.form;

import java.util.Optional;

/** The programme's forms as they are published, for a plugin that asks people to fill one in. */
public interface PublishedForms {

    /** The published version of the form with this key, if it has one. */
    Optional<FormDefinition> published(String key);
}
