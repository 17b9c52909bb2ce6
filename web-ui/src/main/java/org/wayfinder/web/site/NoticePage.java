package org.wayfinder.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import org.wayfinder.config.notice.NoticeEditor;
import org.wayfinder.config.notice.NoticeKind;
import org.wayfinder.config.notice.ShownNotice;

/**
 * The programme's public notices, {@code #{notice.of('privacy')}} on {@code /privacy.xhtml} and
 * {@code /accessibility.xhtml}: open to everyone, read through the programme's cache.
 */
@Named("notice")
@RequestScoped
public class NoticePage {

    @Inject
    NoticeEditor notices;

    private final Map<NoticeKind, ShownNotice> shown = new EnumMap<>(NoticeKind.class);

    public ShownNotice of(String kind) {
        return shown.computeIfAbsent(NoticeKind.byKey(kind).orElseThrow(), notices::shown);
    }
}
