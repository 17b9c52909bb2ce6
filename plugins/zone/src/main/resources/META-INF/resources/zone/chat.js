/*
 * The Zone's live Chat page. Talks to ChatSocket on this very host:
 *  - every line gets a key here before it is sent and waits in an outbox (kept in localStorage)
 *    until the server acknowledges it, which it does only once the line is stored; after a lost
 *    connection the page reconnects, catches up on what it missed since its last line, and sends
 *    its outbox again (the server stores each key once, so nothing is lost or doubled);
 *  - lines are drawn with textContent only, never as HTML;
 *  - the list is an ARIA log, so screen readers hear new lines; Enter sends, Shift+Enter is a new line;
 *  - a moderator has Release and Remove on lines while the Chat is live, and "Raise a concern" on every
 *    line, live or not, which leads to the line's safeguarding concern page (chat-concern.xhtml).
 */
(function () {
    'use strict';
    var root = document.getElementById('chat');
    if (!root) {
        return;
    }
    var chatId = root.getAttribute('data-chat');
    var live = root.getAttribute('data-live') === 'true';
    var me = root.getAttribute('data-me');
    var moderator = root.getAttribute('data-moderator') === 'true';
    var list = document.getElementById('chat-lines');
    var people = document.getElementById('chat-people');
    var status = document.getElementById('chat-status');
    var form = document.getElementById('chat-form');
    var text = document.getElementById('chat-text');
    var problem = document.getElementById('chat-problem');
    var storeKey = 'wayfinder-chat-outbox-' + chatId;
    var socket = null;
    var retry = 0;
    var lastSent = 0;
    var muted = false;
    var ended = false;

    function randomKey() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) {
            return ('0' + b.toString(16)).slice(-2);
        }).join('');
    }

    function loadOutbox() {
        try {
            return JSON.parse(window.localStorage.getItem(storeKey) || '{}');
        } catch (e) {
            return {};
        }
    }

    var outbox = loadOutbox();

    function saveOutbox() {
        try {
            window.localStorage.setItem(storeKey, JSON.stringify(outbox));
        } catch (e) {
            /* private browsing: the outbox lives as long as the page */
        }
    }

    function say(message) {
        status.textContent = message;
    }

    /* The programme's clock (data-time-zone, as the server draws the lines), not the browser's: 14:05. */
    var clock = new Intl.DateTimeFormat('en-GB', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
        timeZone: root.getAttribute('data-time-zone') || 'Europe/London'});

    function timeOf(millis) {
        return clock.format(new Date(millis));
    }

    function button(label, description, action) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'ui-button ui-button-outlined';
        b.textContent = label;
        b.setAttribute('aria-label', description);
        b.addEventListener('click', action);
        return b;
    }

    /* A moderator's way to a line's safeguarding concern page: a link, so it opens like any page and works by keyboard. */
    function concernLink(line) {
        var a = document.createElement('a');
        a.className = 'chat-line__concern';
        a.href = root.getAttribute('data-concern') + '?line=' + encodeURIComponent(line.id);
        a.textContent = 'Raise a concern';
        a.setAttribute('aria-label', 'Raise a concern about the line from ' + line.author);
        return a;
    }

    function request(message) {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify(message));
            return true;
        }
        return false;
    }

    /* A line's element, new or redrawn; the data attributes are what the page knows of it. */
    function draw(li, line) {
        li.className = 'chat-line chat-line--' + line.status.toLowerCase() + (line.authorId === me ? ' chat-line--mine' : '');
        li.setAttribute('data-id', line.id || '');
        li.setAttribute('data-key', line.key || '');
        li.setAttribute('data-sent', String(line.sentAt));
        li.setAttribute('data-author', line.authorId || '');
        li.setAttribute('data-author-name', line.author || '');
        li.setAttribute('data-role', line.role || '');
        li.setAttribute('data-status', line.status);
        li.setAttribute('data-held-for', line.heldFor || '');
        li.textContent = '';
        var meta = document.createElement('p');
        meta.className = 'chat-line__meta';
        var author = document.createElement('span');
        author.className = 'chat-line__author';
        author.textContent = line.author;
        var time = document.createElement('span');
        time.className = 'chat-line__time';
        time.textContent = timeOf(line.sentAt);
        meta.appendChild(author);
        meta.appendChild(time);
        var tag = null;
        if (line.status === 'SENDING') {
            tag = 'Sending...';
        } else if (line.status === 'HELD') {
            tag = moderator ? 'Held: ' + (line.heldFor || 'for a moderator') : 'Waiting for a moderator: only you can see this';
        } else if (line.status === 'REMOVED') {
            tag = 'Removed';
        }
        if (tag) {
            var t = document.createElement('span');
            t.className = 'tag chat-line__tag';
            t.textContent = tag;
            meta.appendChild(t);
        }
        li.appendChild(meta);
        var body = document.createElement('p');
        body.className = 'chat-line__text';
        body.textContent = line.body;
        li.appendChild(body);
        if (moderator && line.id && line.status !== 'SENDING') {
            var actions = document.createElement('div');
            actions.className = 'chat-line__actions';
            if (live && line.status === 'HELD') {
                actions.appendChild(button('Release', 'Release the line from ' + line.author, function () {
                    request({t: 'release', id: line.id});
                }));
            }
            if (live && line.status !== 'REMOVED') {
                actions.appendChild(button('Remove', 'Remove the line from ' + line.author, function () {
                    request({t: 'remove', id: line.id});
                }));
            }
            actions.appendChild(concernLink(line));
            li.appendChild(actions);
        }
        return li;
    }

    function lineOf(li) {
        var body = li.querySelector('.chat-line__text');
        return {
            id: li.getAttribute('data-id'), key: li.getAttribute('data-key'), sentAt: Number(li.getAttribute('data-sent')),
            authorId: li.getAttribute('data-author'), author: li.getAttribute('data-author-name'), role: li.getAttribute('data-role'),
            status: li.getAttribute('data-status'), heldFor: li.getAttribute('data-held-for'), body: body ? body.textContent : ''
        };
    }

    function findLine(id) {
        return id ? list.querySelector('li[data-id="' + id + '"]') : null;
    }

    function findPending(key) {
        return key ? list.querySelector('li[data-status="SENDING"][data-key="' + key + '"]') : null;
    }

    /* Places a line in time order: almost always at the end. */
    function place(li, sentAt) {
        var after = list.lastElementChild;
        while (after && Number(after.getAttribute('data-sent')) > sentAt && after.getAttribute('data-status') !== 'SENDING') {
            after = after.previousElementSibling;
        }
        list.insertBefore(li, after ? after.nextSibling : list.firstChild);
    }

    function show(line) {
        if (line.sentAt > lastSent) {
            lastSent = line.sentAt;
        }
        var existing = findLine(line.id) || findPending(line.key);
        if (line.status === 'GONE') {
            if (existing) {
                existing.parentNode.removeChild(existing);
            }
            return;
        }
        if (existing) {
            draw(existing, line);
        } else {
            var stick = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
            place(draw(document.createElement('li'), line), line.sentAt);
            if (stick) {
                list.scrollTop = list.scrollHeight;
            }
        }
    }

    function person(account, name, isMuted) {
        var li = people.querySelector('li[data-account="' + account + '"]');
        if (!li && !name) {
            return;
        }
        if (!li) {
            li = document.createElement('li');
            li.setAttribute('data-account', account);
            var n = document.createElement('span');
            n.className = 'chat-person__name';
            n.textContent = name;
            li.appendChild(n);
            people.appendChild(li);
        }
        if (isMuted !== undefined) {
            li.setAttribute('data-muted', String(isMuted));
        }
        drawPerson(li);
    }

    function drawPerson(li) {
        var account = li.getAttribute('data-account');
        var isMuted = li.getAttribute('data-muted') === 'true';
        var name = li.querySelector('.chat-person__name').textContent;
        Array.prototype.slice.call(li.querySelectorAll('.chat-person__muted, button')).forEach(function (el) {
            li.removeChild(el);
        });
        if (isMuted) {
            var tag = document.createElement('span');
            tag.className = 'tag chat-person__muted';
            tag.textContent = 'Muted';
            li.appendChild(tag);
        }
        if (moderator && live && account !== me && li.getAttribute('data-role') !== 'moderator') {
            li.appendChild(isMuted
                ? button('Unmute', 'Let ' + name + ' write again', function () {
                    request({t: 'unmute', account: account});
                })
                : button('Mute', 'Stop ' + name + ' writing in this Chat', function () {
                    request({t: 'mute', account: account});
                }));
        }
    }

    function setMuted(value) {
        muted = value;
        if (text) {
            text.disabled = value;
            document.getElementById('chat-send').disabled = value;
        }
        if (value) {
            say('A moderator has paused your writing in this Chat. You can still read it.');
        }
    }

    function flush() {
        Object.keys(outbox).forEach(function (key) {
            request({t: 'send', key: key, text: outbox[key].text});
        });
    }

    function received(event) {
        var message = JSON.parse(event.data);
        switch (message.t) {
            case 'hello':
                retry = 0;
                setMuted(message.muted);
                if (!message.muted) {
                    say('You are in the Chat as ' + message.name + '.');
                }
                request({t: 'since', at: Math.max(0, lastSent - 2000)});
                flush();
                break;
            case 'lines':
                message.lines.forEach(show);
                break;
            case 'line':
                show(message.line);
                break;
            case 'ack':
                delete outbox[message.key];
                saveOutbox();
                show(message.line);
                if (message.line.status === 'HELD') {
                    say('Your line is waiting for a moderator because it seems to contain ' + (message.line.heldFor || 'something to check')
                        + '. To keep everyone safe, contact details stay off the Chat.');
                }
                break;
            case 'refused':
                if (message.key && outbox[message.key]) {
                    delete outbox[message.key];
                    saveOutbox();
                    var pending = findPending(message.key);
                    if (pending) {
                        pending.parentNode.removeChild(pending);
                    }
                }
                if (problem) {
                    problem.textContent = message.message;
                } else {
                    say(message.message);
                }
                break;
            case 'resync':
                request({t: 'since', at: Math.max(0, lastSent - 2000)});
                break;
            case 'failed':
                window.setTimeout(flush, 2000);
                break;
            case 'muted':
            case 'unmuted':
                person(message.account, '', message.t === 'muted');
                if (message.you) {
                    setMuted(message.t === 'muted');
                    if (message.t === 'unmuted') {
                        say('You can write again.');
                    }
                }
                break;
            case 'joined':
                person(message.account, message.name);
                break;
            default:
                break;
        }
    }

    function connect() {
        var nonce = randomKey();
        var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
        socket = new WebSocket(scheme + window.location.host + root.getAttribute('data-socket') + '?k=' + nonce);
        socket.addEventListener('message', received);
        socket.addEventListener('close', function (event) {
            socket = null;
            if (event.code === 1008) {
                ended = true;
                say(event.reason || 'The Chat closed.');
                if (text) {
                    text.disabled = true;
                }
                return;
            }
            var wait = Math.min(10000, 500 * Math.pow(2, retry++)) + Math.floor(Math.random() * 500);
            say('Connection lost. Reconnecting... Your unsent lines are kept and will be sent.');
            window.setTimeout(connect, wait);
        });
    }

    function submit(event) {
        if (event) {
            event.preventDefault();
        }
        if (muted || ended) {
            return;
        }
        var value = text.value.trim();
        problem.textContent = '';
        if (!value) {
            problem.textContent = 'Write something first.';
            return;
        }
        if (value.length > 1000) {
            problem.textContent = 'A line is at most 1000 characters.';
            return;
        }
        var key = randomKey();
        outbox[key] = {text: value, at: Date.now()};
        saveOutbox();
        var pending = {key: key, status: 'SENDING', author: 'You', authorId: me, body: value, sentAt: Date.now()};
        list.appendChild(draw(document.createElement('li'), pending));
        list.scrollTop = list.scrollHeight;
        request({t: 'send', key: key, text: value});
        text.value = '';
        text.focus();
    }

    Array.prototype.forEach.call(list.children, function (li) {
        var line = lineOf(li);
        if (line.sentAt > lastSent) {
            lastSent = line.sentAt;
        }
        draw(li, line);
    });
    Array.prototype.forEach.call(people.children, drawPerson);
    if (live) {
        Object.keys(outbox).forEach(function (key) {
            list.appendChild(draw(document.createElement('li'),
                {key: key, status: 'SENDING', author: 'You', authorId: me, body: outbox[key].text, sentAt: outbox[key].at}));
        });
        form.addEventListener('submit', submit);
        text.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                submit(event);
            }
        });
        window.setInterval(function () {
            request({t: 'ping'});
        }, 25000);
        connect();
    }
    list.scrollTop = list.scrollHeight;
}());
