/*
 * The error summary (WEB-INF/includes/error-summary.xhtml): focused as soon as it appears, after a
 * full post or a PrimeFaces partial update that submitted a form, so screen readers announce it; its links focus the
 * field they name rather than only scrolling to it.
 */
(function () {
    function focusSummary() {
        var box = document.querySelector('.error-summary:not([data-focused])');
        if (box) {
            box.setAttribute('data-focused', 'true');
            box.focus();
        }
    }
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.error-summary a[href^="#"]') : null;
        if (!link) {
            return;
        }
        var field = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
        if (field) {
            event.preventDefault();
            field.scrollIntoView({block: 'center'});
            field.focus();
        }
    });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusSummary);
    } else {
        focusSummary();
    }
    // A partial update after a field changed (a p:ajax behaviour, which redraws a form whose questions depend on it) leaves the
    // focus where the person is typing; only a submission moves it to the summary.
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings) {
            var data = settings && typeof settings.data === 'string' ? settings.data : '';
            if (data.indexOf('jakarta.faces.behavior.event=') >= 0) {
                document.querySelectorAll('.error-summary').forEach(function (box) {
                    box.setAttribute('data-focused', 'true');
                });
            } else {
                focusSummary();
            }
        });
    }
}());
