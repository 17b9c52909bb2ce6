package org.wayfinder.web.personal;

import java.nio.charset.StandardCharsets;
import org.wayfinder.platform.personal.PersonalDataRequests;
import org.wayfinder.platform.personal.PersonalDataRequests.Copy;
import org.wayfinder.platform.spi.personal.PersonalData;
import org.wayfinder.web.site.Html;

/** A copy of someone's data as the files they keep: JSON for software, a web page for people. */
final class PersonalDataFiles {

    private PersonalDataFiles() {
    }

    static byte[] json(Copy copy) {
        return PersonalDataRequests.json(copy).getBytes(StandardCharsets.UTF_8);
    }

    /** One self-contained, escaped HTML page: a heading and a table per kind of record. */
    static byte[] html(Copy copy) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>What " + Html.escape(copy.programme()) + " holds about you</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;line-height:1.4}"
                + "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #999;padding:.3rem;text-align:left;"
                + "vertical-align:top}caption{text-align:left;font-weight:bold}</style></head><body>");
        page.append("<h1>What ").append(Html.escape(copy.programme())).append(" holds about you</h1>");
        page.append("<p>Made on ").append(Html.escape(PersonalData.time(copy.madeAt()))).append(". Account id ")
                .append(Html.escape(copy.accountId())).append(".</p>");
        for (PersonalDataRequests.Part part : copy.parts()) {
            for (PersonalData.Table table : part.tables()) {
                page.append("<h2>").append(Html.escape(table.name())).append("</h2><p>").append(Html.escape(table.purpose())).append("</p>");
                page.append("<table><thead><tr>");
                table.columns().forEach(column -> page.append("<th scope=\"col\">").append(Html.escape(column)).append("</th>"));
                page.append("</tr></thead><tbody>");
                for (var row : table.rows()) {
                    page.append("<tr>");
                    row.forEach(value -> page.append("<td>").append(Html.escape(value)).append("</td>"));
                    page.append("</tr>");
                }
                page.append("</tbody></table>");
            }
        }
        return page.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
