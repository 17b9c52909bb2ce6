package org.wayfinder.platform.logging;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.util.logging.Logger;

/** Lets any bean {@code @Inject Logger log;} and get a logger named after its own class. */
@Dependent
public class LoggerProducer {

    @Produces
    Logger logger(InjectionPoint injectionPoint) {
        return Logger.getLogger(injectionPoint.getMember().getDeclaringClass().getName());
    }
}
