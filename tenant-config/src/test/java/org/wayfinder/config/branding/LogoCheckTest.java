package org.wayfinder.config.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoCheckTest {

    private static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A WebP file's first bytes, as far as its canvas size. */
    private static byte[] webp(String chunk, int width, int height) {
        ByteBuffer bytes = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(56).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        bytes.put(chunk.getBytes(StandardCharsets.US_ASCII)).putInt(20);
        switch (chunk) {
            case "VP8X" -> {
                bytes.put((byte) 0).put(new byte[3]);
                bytes.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
                bytes.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
            }
            case "VP8L" -> bytes.put((byte) 0x2f).putInt((width - 1) | (height - 1) << 14);
            default -> bytes.put(new byte[] {0, 0, 0, (byte) 0x9d, 0x01, 0x2a}).putShort((short) width).putShort((short) height);
        }
        return bytes.array();
    }

    @Test
    void pngJpegAndWebpAreAcceptedWithTheirSize() throws Exception {
        assertThat(LogoCheck.check(image("png", 320, 100))).satisfies(logo -> {
            assertThat(logo.contentType()).isEqualTo("image/png");
            assertThat(logo.width()).isEqualTo(320);
            assertThat(logo.height()).isEqualTo(100);
        });
        assertThat(LogoCheck.check(image("jpg", 640, 480))).satisfies(logo -> {
            assertThat(logo.contentType()).isEqualTo("image/jpeg");
            assertThat(logo.width()).isEqualTo(640);
            assertThat(logo.height()).isEqualTo(480);
        });
        for (String chunk : new String[] {"VP8X", "VP8L", "VP8 "}) {
            assertThat(LogoCheck.check(webp(chunk, 300, 200))).as(chunk).satisfies(logo -> {
                assertThat(logo.contentType()).isEqualTo("image/webp");
                assertThat(logo.width()).isEqualTo(300);
                assertThat(logo.height()).isEqualTo(200);
            });
        }
    }

    @Test
    void htmlOrSvgNamedLikeAnImageIsRefused() {
        byte[] html = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] svgWithBom = ("\ufeff<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>").getBytes(StandardCharsets.UTF_8);

        for (byte[] fake : new byte[][] {html, svg, svgWithBom}) {
            assertThatThrownBy(() -> LogoCheck.check(fake)).isInstanceOf(LogoCheck.Refused.class)
                    .hasMessageContaining("not a PNG, JPEG or WebP image");
        }
    }

    @Test
    void anImageOver2000PixelsOr1MbIsRefusedWithItsSize() throws Exception {
        assertThatThrownBy(() -> LogoCheck.check(image("png", 2001, 10))).hasMessageContaining("2001 x 10 pixels");
        assertThatThrownBy(() -> LogoCheck.check(webp("VP8X", 100, 3000))).hasMessageContaining("100 x 3000 pixels");
        byte[] big = Arrays.copyOf(image("png", 10, 10), LogoCheck.MAX_BYTES + 1);
        assertThatThrownBy(() -> LogoCheck.check(big)).hasMessageContaining("at most 1 MB");
        assertThat(LogoCheck.check(image("png", 2000, 2000)).width()).isEqualTo(2000);
    }

    @Test
    void aDamagedOrEmptyFileIsRefused() throws Exception {
        byte[] png = image("png", 10, 10);
        assertThatThrownBy(() -> LogoCheck.check(Arrays.copyOf(png, 12))).hasMessageContaining("could not be read");
        assertThatThrownBy(() -> LogoCheck.check(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> LogoCheck.check(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00, 0x01}))
                .hasMessageContaining("could not be read");
    }
}
