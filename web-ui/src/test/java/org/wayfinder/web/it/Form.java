package org.wayfinder.web.it;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A Faces form filled in the way a browser would: its hidden fields (view state) as rendered, the
 * values the test sets, the button pressed, and the CSP nonce PrimeFaces' script would add.
 * Field names are given without the form's prefix: {@code set("email", ...)} fills
 * {@code signIn:email}.
 */
public final class Form {

    private final Page page;
    private final Element form;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();
    private final List<Site.Upload> uploads = new ArrayList<>();

    Form(Page page, Element form) {
        this.page = page;
        this.form = form;
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                input.select("option[selected]").forEach(option -> add(input.attr("name"), option.attr("value")));
            } else {
                // A ticked box without a value attribute is sent as "on", as browsers do.
                boolean box = type.equals("checkbox") || type.equals("radio");
                add(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : box && !input.hasAttr("value") ? "on" : input.val());
            }
        }
    }

    private String id() {
        return form.id();
    }

    private void add(String name, String value) {
        fields.add(new AbstractMap.SimpleEntry<>(name, value));
    }

    /** The value a field has on the page as it was rendered. */
    public String value(String field) {
        String name = id() + ":" + field;
        return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Sets a single-valued field, replacing what was there. */
    public Form set(String field, String value) {
        String name = id() + ":" + field;
        fields.removeIf(f -> f.getKey().equals(name));
        add(name, value);
        return this;
    }

    /** Chooses values of a multi-valued field (check boxes), replacing earlier choices. */
    public Form choose(String field, String... values) {
        String name = id() + ":" + field;
        fields.removeIf(f -> f.getKey().equals(name));
        Arrays.stream(values).forEach(value -> add(name, value));
        return this;
    }

    /** Attaches a file to a file input, as a browser's file picker would; the form is sent as multipart. */
    public Form attach(String field, String filename, String contentType, byte[] bytes) {
        uploads.add(new Site.Upload(id() + ":" + field, filename, contentType, bytes));
        return this;
    }

    /** Presses the button whose text, value or aria-label is this, wherever it is in the form. */
    public Page press(String label) {
        Element button = form.select("button, input[type=submit]").stream()
                .filter(b -> label.equals(b.text()) || label.equals(b.val()) || label.equals(b.attr("aria-label")))
                .findFirst().orElseThrow(() -> new AssertionError("No button \"" + label + "\" in form " + id()));
        return submit(button.attr("name"));
    }

    /** Presses the button with this id (inside the form) and returns the answer. */
    public Page submit(String buttonId) {
        List<Map.Entry<String, String>> sent = pressing(buttonId);
        return uploads.isEmpty() && !"multipart/form-data".equals(form.attr("enctype"))
                ? page.site().post(path(), sent) : page.site().postMultipart(path(), sent, uploads);
    }

    /**
     * Presses the button but sends the fields as the caller changes them, as a forged or tampered
     * post would be sent: without the nonce, with another view state.
     */
    public Page submitTampered(String buttonId, java.util.function.Consumer<List<Map.Entry<String, String>>> tamper) {
        return page.site().post(path(), fieldsFor(buttonId, tamper));
    }

    /** The fields pressing the button would send, as the caller changes them. */
    public List<Map.Entry<String, String>> fieldsFor(String buttonId, java.util.function.Consumer<List<Map.Entry<String, String>>> tamper) {
        List<Map.Entry<String, String>> sent = pressing(buttonId);
        tamper.accept(sent);
        return sent;
    }

    /** Presses a button that answers with a file (an export) and returns its bytes. */
    public Site.Download download(String buttonId) {
        return page.site().postForDownload(path(), pressing(buttonId));
    }

    /** The fields as sent when this button is pressed: the form's, the button's, and the CSP nonce. */
    private List<Map.Entry<String, String>> pressing(String buttonId) {
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields);
        String button = buttonId.contains(":") ? buttonId : id() + ":" + buttonId;
        sent.add(new AbstractMap.SimpleEntry<>(button, ""));
        String nonce = page.nonce();
        if (nonce != null) {
            sent.add(new AbstractMap.SimpleEntry<>("primefaces.nonce", nonce));
        }
        return sent;
    }

    private String path() {
        String action = form.attr("action");
        return action.isEmpty() ? "/" : action;
    }
}
