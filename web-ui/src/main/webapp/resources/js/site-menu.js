/*
 * The header's menu on a phone: the navigation folds under a "Menu" button that opens and closes it
 * (a disclosure: the button says whether it is open with aria-expanded). On wider screens the CSS
 * shows the navigation whatever the button says. Without this script the navigation simply stays open.
 */
(function () {
    var button = document.querySelector('.site-menu-button');
    var nav = document.getElementById('site-nav');
    if (!button || !nav) {
        return;
    }
    document.documentElement.classList.add('has-menu');
    button.addEventListener('click', function () {
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('site-nav--open', open);
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            button.setAttribute('aria-expanded', 'false');
            nav.classList.remove('site-nav--open');
            button.focus();
        }
    });
}());
