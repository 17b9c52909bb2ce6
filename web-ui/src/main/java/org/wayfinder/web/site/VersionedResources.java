package org.wayfinder.web.site;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Gives the site's own Faces resources ({@code h:outputScript}, {@code h:outputStylesheet}, the
 * plugins' too) their content's fingerprint in the address, as PrimeFaces gives its own its
 * version, so that {@link StaticCaching} lets browsers keep them for a year; and keeps where the
 * view files are once found ({@link KnownViewResources}). Registered in faces-config.xml.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final KnownViewResources views = new KnownViewResources();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    /**
     * A page's, template's or include's file, as Faces finds it, kept once found. A request that
     * names a locale prefix ({@code loc}) or a resource library contract is left to Faces: neither is
     * used here, and neither may change what another request gets.
     */
    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName == null || context.getExternalContext().getRequestParameterMap().containsKey("loc")
                || context.getResourceLibraryContracts() != null && !context.getResourceLibraryContracts().isEmpty()) {
            return super.createViewResource(context, resourceName);
        }
        URL url = views.find(resourceName, name -> {
            ViewResource found = super.createViewResource(context, name);
            return found == null ? null : found.getURL();
        });
        return url == null ? null : new ViewResource() {
            @Override
            public URL getURL() {
                return url;
            }
        };
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
