package org.wayfinder.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as the integration tests deploy it: the WAR the build produced, unchanged,
 * plus the test plugins (notes, and archive which depends on it) as a jar of their own, exactly
 * as a real plugin would be added.
 */
public final class Deployments {

    private static final ArchivePath PERSISTENCE = ArchivePaths.create("/WEB-INF/classes/META-INF/persistence.xml");

    private static WebArchive shared;

    private Deployments() {
    }

    /**
     * The one deployment every Arquillian suite returns, so that one Payara Micro serves them all
     * ({@code container.SharedPayaraMicro}): the application with the test plugins, every suite's
     * classes and helpers (run in the container by suites that are not {@code @RunAsClient}), and
     * the libraries they use there. Each suite makes or finds its own data in it.
     */
    public static synchronized WebArchive shared() {
        if (shared == null) {
            shared = wayfinderWithTestPlugins()
                    .addPackages(false, Deployments.class.getPackage())
                    .addPackages(false, "org.wayfinder.platform.testing")
                    .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class), jarOf(org.jsoup.Jsoup.class),
                            jarOf(com.icegreen.greenmail.junit5.GreenMailExtension.class),
                            jarOf(com.icegreen.greenmail.util.ServerSetup.class), jarOf(org.slf4j.LoggerFactory.class));
        }
        return ShrinkWrap.create(WebArchive.class, shared.getName()).merge(shared);
    }

    public static WebArchive wayfinderWithTestPlugins() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war", "target/wayfinder.war")));
        JavaArchive plugins = ShrinkWrap.create(JavaArchive.class, "test-plugins.jar")
                .addPackages(true, "org.wayfinder.testplugin")
                .addAsManifestResource("testplugin/META-INF/beans.xml", "beans.xml")
                .addAsManifestResource("testplugin/META-INF/resources/notes/view.xhtml", "resources/notes/view.xhtml")
                .addAsResource("testplugin/db/notes/changelog.xml", "db/notes/changelog.xml")
                .addAsResource("testplugin/db/archive/changelog.xml", "db/archive/changelog.xml");
        war.addAsLibrary(plugins);
        String persistence = read(war);
        war.delete(PERSISTENCE);
        war.add(new StringAsset(persistence.replace("<jar-file>lib/tenant-config.jar</jar-file>",
                "<jar-file>lib/tenant-config.jar</jar-file>\n        <jar-file>lib/test-plugins.jar</jar-file>")), PERSISTENCE);
        return war;
    }

    /** The jar a class was loaded from, to add libraries the in-container tests need (AssertJ). */
    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(WebArchive war) {
        try (InputStream in = war.get(PERSISTENCE).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
