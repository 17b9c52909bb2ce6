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
import java.util.function.Supplier;

/**
 * Gives the site's own Faces resources ({@code h:outputScript}, {@code h:outputStylesheet}, the
 * plugins' too) their content's fingerprint in the address, as PrimeFaces gives its own its
 * version, so that {@link StaticCaching} lets browsers keep them for a year. What Faces finds of
 * the application's files is kept once found ({@link FoundOnce}): where each view file is, and, for
 * the pages being drawn, each resource's address. Registered in faces-config.xml.
 *
 * <p>A request that names a locale prefix ({@code loc}) or a resource library contract
 * ({@code con}, or contracts of its view) is left to Faces: neither is used here, and neither may
 * change what another request gets. So is a request for a resource itself, which Faces serves.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    /** What is kept of a resource found for a page: its address and type. */
    private record Known(String path, String contentType) {
    }

    private final FoundOnce<URL> views = new FoundOnce<>();
    private final FoundOnce<Known> resources = new FoundOnce<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    /** A page's, template's or include's file, as Faces finds it, kept once found. */
    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName == null || !ordinary(context)) {
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
        return forPage(resourceName, null, null, () -> versioned(super.createResource(resourceName)));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return forPage(resourceName, libraryName, null, () -> versioned(super.createResource(resourceName, libraryName)));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return forPage(resourceName, libraryName, contentType, () -> versioned(super.createResource(resourceName, libraryName, contentType)));
    }

    /**
     * A resource a page names, for the page being drawn: its address and type are found once and
     * kept, and the resource itself is made only if something asks more of it.
     */
    private Resource forPage(String name, String library, String contentType, Supplier<Resource> create) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (name == null || context == null || !ordinary(context) || getWrapped().isResourceRequest(context)) {
            return create.get();
        }
        Resource[] made = new Resource[1];
        Known known = resources.find(library + '\u0000' + name + '\u0000' + contentType, key -> {
            made[0] = create.get();
            return made[0] == null ? null : new Known(made[0].getRequestPath(), made[0].getContentType());
        });
        if (known == null) {
            return null;
        }
        return made[0] != null ? made[0] : new AddressedResource(name, library, known.path(), known.contentType(), create);
    }

    /** Whether the request leaves what Faces finds as it is for every request (no locale prefix, no contract). */
    private static boolean ordinary(FacesContext context) {
        var parameters = context.getExternalContext().getRequestParameterMap();
        return !parameters.containsKey("loc") && !parameters.containsKey("con")
                && (context.getResourceLibraryContracts() == null || context.getResourceLibraryContracts().isEmpty());
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
