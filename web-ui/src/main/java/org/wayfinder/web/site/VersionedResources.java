package org.wayfinder.web.site;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Gives the site's own Faces resources ({@code h:outputScript}, {@code h:outputStylesheet}, the
 * plugins' too) their content's fingerprint in the address, as PrimeFaces gives its own its
 * version, so that {@link StaticCaching} lets browsers keep them for a year. Registered in
 * faces-config.xml.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private static Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (path.contains("v=")) {
                    return path;
                }
                String version = StaticAssets.fingerprintOf("faces:" + getLibraryName() + ':' + getResourceName(), () -> {
                    try {
                        return getWrapped().getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return version == null ? path : path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }
}
