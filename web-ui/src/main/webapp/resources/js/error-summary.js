/*
 * The error summary (WEB-INF/includes/error-summary.xhtml): focused as soon as it appears, after a
 * full post or a PrimeFaces partial update, so screen readers announce it; its links focus the
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
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', focusSummary);
    }
}());
