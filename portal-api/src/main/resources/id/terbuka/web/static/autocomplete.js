/* Terbuka: search-as-you-type for every <input data-autocomplete>. Progressive enhancement: without
   this script (or when the endpoint fails) the search form submits as before. The input becomes an
   ARIA 1.2 combobox with a listbox popup: Down/Up move through the suggestions, Enter opens the
   chosen dataset, Escape closes the list; the number of suggestions is announced politely. The
   endpoint, the dataset page base URL and the texts come from this script tag's data attributes. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.fetch) { return; }
  var endpoint = script.getAttribute('data-endpoint');
  var datasets = script.getAttribute('data-datasets');
  var found = script.getAttribute('data-found') || '{0}';
  var label = script.getAttribute('data-label') || '';
  var MIN_CHARS = 2, DELAY_MS = 150, LIMIT = 8, count = 0;

  function setup(input) {
    var id = 'ac-list-' + (++count);
    var wrap = document.createElement('span');
    wrap.className = 'ac';
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var list = document.createElement('ul');
    list.id = id;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', label);
    list.hidden = true;
    wrap.appendChild(list);
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    wrap.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.setAttribute('autocomplete', 'off');

    var timer = null, pending = null, results = [], active = -1, asked = '';

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(i) {
      var options = list.children;
      for (var k = 0; k < options.length; k++) {
        options[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
      }
      active = i;
      if (i < 0) {
        input.removeAttribute('aria-activedescendant');
      } else {
        input.setAttribute('aria-activedescendant', options[i].id);
        options[i].scrollIntoView({ block: 'nearest' });
      }
    }

    function pick(i) {
      var r = results[i];
      if (!r) { return; }
      input.value = r.title;
      close();
      window.location.href = datasets + encodeURIComponent(r.name);
    }

    function show(items) {
      results = items;
      list.textContent = '';
      for (var i = 0; i < items.length; i++) {
        var li = document.createElement('li');
        li.id = id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = items[i].title;
        li.setAttribute('data-index', String(i));
        list.appendChild(li);
      }
      status.textContent = items.length ? found.replace('{0}', String(items.length)) : '';
      if (items.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        active = -1;
      } else {
        close();
      }
    }

    function ask(text) {
      if (pending) { pending.abort(); }
      pending = window.AbortController ? new AbortController() : null;
      var url = endpoint + '?incomplete=' + encodeURIComponent(text) + '&limit=' + LIMIT;
      fetch(url, { signal: pending ? pending.signal : undefined, headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
          if (!body || input.value.trim() !== text) { return; }
          show((body.ResultSet && body.ResultSet.Result) || []);
        })
        .catch(function () { /* aborted or offline: the plain form still works */ });
    }

    input.addEventListener('input', function () {
      var text = input.value.trim();
      clearTimeout(timer);
      if (text.length < MIN_CHARS) { asked = ''; show([]); return; }
      if (text === asked) { return; }
      timer = setTimeout(function () { asked = text; ask(text); }, DELAY_MS);
    });

    input.addEventListener('keydown', function (e) {
      var open = !list.hidden && results.length > 0;
      if (e.key === 'ArrowDown') {
        if (!open) { if (results.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } return; }
        e.preventDefault();
        highlight(active + 1 >= results.length ? 0 : active + 1);
      } else if (e.key === 'ArrowUp' && open) {
        e.preventDefault();
        highlight(active <= 0 ? results.length - 1 : active - 1);
      } else if (e.key === 'Enter' && open && active >= 0) {
        e.preventDefault();
        pick(active);
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', function () { setTimeout(close, 150); });
    // Keep the focus in the input while a suggestion is clicked.
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var li = e.target.closest('li[data-index]');
      if (li) { pick(Number(li.getAttribute('data-index'))); }
    });
  }

  var inputs = document.querySelectorAll('input[data-autocomplete]');
  for (var i = 0; i < inputs.length; i++) { setup(inputs[i]); }
})();
