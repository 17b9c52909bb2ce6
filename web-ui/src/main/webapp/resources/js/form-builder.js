/*
 * Keyboard focus for the form builder (/admin/form.xhtml). Its buttons redraw the form by Ajax, which
 * would drop focus to the top of the page; the page names the element that should have it next
 * (the moved question's button, a new question's input) and this puts it there. After a full page
 * load with problems, focus goes to the summary of problems, so it is read out first.
 */
(function () {
    function focusNamed() {
        var marker = document.getElementById('fb_focus');
        var id = marker && marker.getAttribute('data-target');
        var target = id && document.getElementById(id);
        if (target && target.classList.contains('ui-selectonemenu')) {
            // A PrimeFaces drop-down list takes focus on its "_label" combobox.
            target = document.getElementById(id + '_label');
        }
        if (target) {
            target.focus();
        }
    }

    $(document).on('pfAjaxComplete', focusNamed);
    $(function () {
        var summary = document.getElementById('fb_summary');
        if (summary) {
            summary.focus();
        }
    });
})();
