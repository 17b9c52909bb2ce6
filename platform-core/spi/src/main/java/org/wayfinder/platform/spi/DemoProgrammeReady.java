package org.wayfinder.platform.spi;

/**
 * Fired (synchronously) when the demo has just provisioned one of its programmes from a template,
 * inside that programme's tenant, so a plugin can add its own demo records: the Zone plugin fills
 * the demo Zone programme with Zones, schools and Chats. Fired once per programme, on the first start
 * with an empty database, and only when the demo is switched on ({@code wayfinder.demo.enabled}).
 *
 * @param slug     the programme's slug, as in its address
 * @param template the id of the template it was made from ("zone", "mentoring")
 */
public record DemoProgrammeReady(String slug, String template) {
}
