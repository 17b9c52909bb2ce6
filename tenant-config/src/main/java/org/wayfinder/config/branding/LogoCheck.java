package org.wayfinder.config.branding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decides whether uploaded bytes are a logo Wayfinder will serve: a PNG, JPEG or WebP image, by
 * what the bytes are rather than what the file is called, of at most 1 MB and 2000 x 2000 pixels.
 *
 * <p>The size is read from the image's own header, so a huge image is refused without being
 * decoded. Anything else (HTML or SVG with an image's name, a truncated file) is refused with a
 * reason an owner can act on, because a logo is served on every page of the programme's site.
 */
public final class LogoCheck {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_SIDE = 2000;

    /** An accepted logo: its content type as it will be served, and its size. */
    public record Logo(byte[] bytes, String contentType, int width, int height) {
    }

    /** Why a file is not accepted. */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private LogoCheck() {
    }

    public static Logo check(byte[] bytes) throws Refused {
        if (bytes == null || bytes.length == 0) {
            throw new Refused("The file is empty. Choose a PNG, JPEG or WebP image.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("The logo is " + (bytes.length + 1023) / 1024 + " KB; it can be at most 1 MB (1024 KB).");
        }
        int[] size;
        String type;
        if (startsWith(bytes, PNG)) {
            type = "image/png";
            size = pngSize(bytes);
        } else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            type = "image/jpeg";
            size = jpegSize(bytes);
        } else if (bytes.length > 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            type = "image/webp";
            size = webpSize(bytes);
        } else {
            throw new Refused("This file is not a PNG, JPEG or WebP image, whatever its name says. Choose an image in one of those formats.");
        }
        if (size == null || size[0] < 1 || size[1] < 1) {
            throw new Refused("The image could not be read; it may be damaged. Save it again as PNG, JPEG or WebP and try once more.");
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new Refused("The logo is " + size[0] + " x " + size[1] + " pixels; it can be at most " + MAX_SIDE + " x " + MAX_SIDE + ".");
        }
        return new Logo(bytes.clone(), type, size[0], size[1]);
    }

    private static int[] pngSize(byte[] bytes) {
        if (bytes.length < 24 || !ascii(bytes, 12, 4).equals("IHDR")) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8).order(ByteOrder.BIG_ENDIAN);
        return new int[] {header.getInt(), header.getInt()};
    }

    /** Walks the JPEG markers to the first start-of-frame, which holds the size. */
    private static int[] jpegSize(byte[] bytes) {
        int at = 2;
        while (at + 9 < bytes.length) {
            if ((bytes[at] & 0xff) != 0xff) {
                return null;
            }
            int marker = bytes[at + 1] & 0xff;
            if (marker == 0xff) {
                at++;
                continue;
            }
            int length = ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (startOfFrame) {
                int height = ((bytes[at + 5] & 0xff) << 8) | (bytes[at + 6] & 0xff);
                int width = ((bytes[at + 7] & 0xff) << 8) | (bytes[at + 8] & 0xff);
                return new int[] {width, height};
            }
            if (length < 2) {
                return null;
            }
            at += 2 + length;
        }
        return null;
    }

    /** The three WebP flavours keep the canvas size in different places. */
    private static int[] webpSize(byte[] bytes) {
        if (bytes.length < 30) {
            return null;
        }
        String chunk = ascii(bytes, 12, 4);
        ByteBuffer data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        switch (chunk) {
            case "VP8X" -> {
                int width = 1 + ((bytes[24] & 0xff) | (bytes[25] & 0xff) << 8 | (bytes[26] & 0xff) << 16);
                int height = 1 + ((bytes[27] & 0xff) | (bytes[28] & 0xff) << 8 | (bytes[29] & 0xff) << 16);
                return new int[] {width, height};
            }
            case "VP8 " -> {
                boolean keyFrame = (bytes[23] & 0xff) == 0x9d && (bytes[24] & 0xff) == 0x01 && (bytes[25] & 0xff) == 0x2a;
                if (!keyFrame) {
                    return null;
                }
                return new int[] {data.getShort(26) & 0x3fff, data.getShort(28) & 0x3fff};
            }
            case "VP8L" -> {
                if ((bytes[20] & 0xff) != 0x2f) {
                    return null;
                }
                int bits = data.getInt(21);
                return new int[] {(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1};
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII);
    }
}
