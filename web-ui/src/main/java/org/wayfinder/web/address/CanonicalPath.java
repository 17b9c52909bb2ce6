package org.wayfinder.web.address;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one spelling of each address of the site. The container serves {@code //admin/x.xhtml},
 * {@code /%61dmin/x.xhtml}, {@code /./admin/x.xhtml}, {@code /admin;p=1/x.xhtml} and
 * {@code /jakarta.faces.resource/../admin/x.xhtml} as the same page, {@code /admin/x.xhtml}; a rule
 * that reads the address as typed sees five other strings. So an address is taken the way the
 * container takes it (path parameters dropped, each segment percent-decoded, empty and {@code .}
 * segments dropped, {@code ..} resolved) and written again with only the characters that need it
 * percent-encoded. {@link CanonicalAddress} sends every request whose address is not already that
 * spelling to it, or refuses it, before anything else reads the address.
 *
 * <p>Some addresses have no page behind them in any spelling, and are refused: {@code ..} above
 * the root, an encoded {@code /}, {@code \} or {@code ;} inside a segment (which would change
 * where segments end), control characters, bytes that are not UTF-8, and segments ending in a dot
 * or a space (which some file systems ignore, so {@code admin.} could be served as {@code admin}).
 */
final class CanonicalPath {

    private static final String UNENCODED = "-._~!$&'()*+,=:@";

    private CanonicalPath() {
    }

    /**
     * The canonical spelling of a path as it came in the request line (after the context path,
     * before the query), or null when no page can be behind it.
     */
    static String of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "/";
        }
        if (raw.charAt(0) != '/') {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        boolean endsAsDirectory = false;
        for (String given : raw.substring(1).split("/", -1)) {
            int parameters = given.indexOf(';');
            String segment = decode(parameters < 0 ? given : given.substring(0, parameters));
            if (segment == null) {
                return null;
            }
            endsAsDirectory = segment.isEmpty() || segment.equals(".") || segment.equals("..");
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
                continue;
            }
            if (segment.endsWith(".") || segment.endsWith(" ")) {
                return null;
            }
            segments.addLast(segment);
        }
        StringBuilder canonical = new StringBuilder();
        for (String segment : segments) {
            canonical.append('/').append(encode(segment));
        }
        if (canonical.isEmpty() || endsAsDirectory) {
            canonical.append('/');
        }
        return canonical.toString();
    }

    /** The segment's text, or null when it hides a separator, a control character or bytes that are not UTF-8. */
    private static String decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return null;
                }
                int high = Character.digit(segment.charAt(i + 1), 16);
                int low = Character.digit(segment.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c > 0x7e) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ';') {
                return null;
            }
        }
        return text;
    }

    private static String encode(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || UNENCODED.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
