package org.wayfinder.web.site;

import jakarta.faces.application.Resource;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A resource whose address and type were found before ({@link VersionedResources}): what a page's
 * script and stylesheet tags ask of it is answered from those, and the resource itself is made from
 * Faces only when something asks for more (its content, headers or file).
 */
final class AddressedResource extends Resource {

    private final String path;
    private final Supplier<Resource> create;
    private Resource made;

    AddressedResource(String name, String library, String path, String contentType, Supplier<Resource> create) {
        this.path = path;
        this.create = create;
        setResourceName(name);
        setLibraryName(library);
        setContentType(contentType);
    }

    private Resource made() {
        if (made == null) {
            made = create.get();
            if (made == null) {
                throw new IllegalStateException("The resource " + getLibraryName() + ":" + getResourceName() + " is no longer found");
            }
        }
        return made;
    }

    @Override
    public String getRequestPath() {
        return path;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return made().getInputStream();
    }

    @Override
    public Map<String, String> getResponseHeaders() {
        return made().getResponseHeaders();
    }

    @Override
    public URL getURL() {
        return made().getURL();
    }

    @Override
    public boolean userAgentNeedsUpdate(FacesContext context) {
        return made().userAgentNeedsUpdate(context);
    }
}
