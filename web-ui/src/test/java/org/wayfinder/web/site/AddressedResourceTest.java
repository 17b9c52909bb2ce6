package org.wayfinder.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.Resource;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressedResourceTest {

    private int made;

    private Resource make() {
        made++;
        return new Resource() {
            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream("let x = 1;".getBytes());
            }

            @Override
            public Map<String, String> getResponseHeaders() {
                return Map.of("Cache-Control", "max-age=31536000");
            }

            @Override
            public String getRequestPath() {
                return "/jakarta.faces.resource/js/site-menu.js.xhtml?v=made";
            }

            @Override
            public URL getURL() {
                return null;
            }

            @Override
            public boolean userAgentNeedsUpdate(FacesContext context) {
                return true;
            }
        };
    }

    @Test
    void whatAPageAsksIsAnsweredWithoutMakingTheResource() {
        Resource resource = new AddressedResource("js/site-menu.js", null, "/jakarta.faces.resource/js/site-menu.js.xhtml?v=kept",
                "text/javascript", this::make);
        assertThat(resource.getRequestPath()).isEqualTo("/jakarta.faces.resource/js/site-menu.js.xhtml?v=kept");
        assertThat(resource.getResourceName()).isEqualTo("js/site-menu.js");
        assertThat(resource.getLibraryName()).isNull();
        assertThat(resource.getContentType()).isEqualTo("text/javascript");
        assertThat(made).isZero();
    }

    @Test
    void anythingMoreMakesTheResourceOnce() throws IOException {
        Resource resource = new AddressedResource("js/site-menu.js", null, "/kept", "text/javascript", this::make);
        assertThat(resource.getInputStream().readAllBytes()).asString().isEqualTo("let x = 1;");
        assertThat(resource.getResponseHeaders()).containsEntry("Cache-Control", "max-age=31536000");
        assertThat(resource.userAgentNeedsUpdate(null)).isTrue();
        assertThat(made).isEqualTo(1);
        assertThat(resource.getRequestPath()).as("the address stays the one found").isEqualTo("/kept");
    }
}
