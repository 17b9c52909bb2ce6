package org.wayfinder.platform.spi.evidence;

import java.util.List;

/**
 * What a plugin knows of students' encounters with professionals, for schools' evidence of careers
 * encounters. A plugin makes a CDI bean of this interface; the core asks it only where the plugin is
 * on, in the programme's own request, for an owner. The core chooses a school's rows by the school's
 * name, so plugins that know schools differently (a register, a profile answer) fill in the same list.
 */
public interface EncounterRecords {

    /** The plugin these records belong to. */
    String pluginId();

    /** The programme's students' encounters, oldest first. */
    List<Encounter> encounters();
}
