package org.wayfinder.web.it.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro started once for every test suite that deploys the same archive. The managed
 * adapter starts a new Payara Micro for each deployment and stops it after each suite: about 30 s
 * of boot, migrations and demo seeding for every suite. Here a deployment equal to the one already
 * running (same name, same entries: every suite deploys {@code Deployments.shared()}) is answered
 * with the running server's details, a suite's undeployment leaves it running, and it stops when
 * the test run ends. A different archive replaces the running one, so a suite that needs its own
 * still gets it.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    private Archive<?> running;
    private List<String> runningEntries;
    private ProtocolMetaData runningDetails;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        List<String> entries = entries(archive);
        if (running != null && running.getName().equals(archive.getName()) && runningEntries.equals(entries)) {
            LOG.info("Reusing the running Payara Micro for " + archive.getName());
            return runningDetails;
        }
        if (running != null) {
            LOG.info("Replacing the running Payara Micro: the next suite deploys another archive");
            super.undeploy(running);
        }
        runningDetails = super.deploy(archive);
        running = archive;
        runningEntries = entries;
        return runningDetails;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Left running for the next suite; stopped with the container at the end of the run.
    }

    @Override
    public void stop() throws LifecycleException {
        if (running != null) {
            try {
                super.undeploy(running);
            } catch (DeploymentException e) {
                throw new LifecycleException("Payara Micro did not stop", e);
            } finally {
                running = null;
            }
        }
        super.stop();
    }

    private static List<String> entries(Archive<?> archive) {
        return archive.getContent().keySet().stream().map(path -> path.get()).sorted().toList();
    }
}
