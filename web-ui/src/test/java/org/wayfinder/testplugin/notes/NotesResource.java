package org.wayfinder.testplugin.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.wayfinder.platform.spi.CurrentUser;

@Path("notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

    public record NoteView(String id, String text) {
        static NoteView of(Note note) {
            return new NoteView(note.getId(), note.getText());
        }
    }

    public record NewNote(String text) {
    }

    @Inject
    Notes notes;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<NoteView> list() {
        currentUser.require();
        return notes.newestFirst().stream().map(NoteView::of).toList();
    }

    @GET
    @Path("{id}")
    public NoteView one(@PathParam("id") String id) {
        currentUser.require();
        return NoteView.of(notes.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(NewNote note) {
        Note written = notes.write(note == null ? null : note.text());
        return Response.status(Response.Status.CREATED).entity(NoteView.of(written)).build();
    }
}
