// The article editor's enhancements; the form and its buttons work without them. Found by the form's
// data-editor attribute. A stored story's form is autosaved to the server (data-autosave-url) a
// couple of seconds after the editor stops typing and when they leave a field; a heartbeat
// (data-heartbeat-url) keeps the story's edit lock while the page is open. When someone else holds or
// takes the lock, autosaving stops and the page says who. Leaving with unsaved changes asks first.
// Also: the body's formatting toolbar (hidden without script), Ctrl/Cmd+S saves, Ctrl/Cmd+B, I and K
// format the body's selection, and the body's word count and reading time show under it. Texts come from the form's data-msg-* attributes.

const IDLE_MS = 2000;
const HEARTBEAT_MS = 20000;
const WORDS_PER_MINUTE = 230;

const form = document.querySelector('form[data-editor]');
if (form) {
  enhance(form);
}

function enhance(form) {
  const status = form.querySelector('[data-autosave-status]');
  const autosaveUrl = form.dataset.autosaveUrl;
  const heartbeatUrl = form.dataset.heartbeatUrl;
  const body = form.querySelector('#body');
  let unsaved = false;
  let pendingAutosave = false;
  let submitting = false;
  let locked = form.dataset.locked === 'true';
  let idleTimer = 0;
  let sending = false;
  let count = () => {};

  function say(text, urgent) {
    if (!status) {
      return;
    }
    status.textContent = text;
    status.classList.toggle('editor__autosave--alert', Boolean(urgent));
  }

  function fill(template, ...values) {
    return values.reduce((text, value, i) => text.replace('{' + i + '}', value), template || '');
  }

  function csrfOnly() {
    const token = form.querySelector('input[name="_csrf"]');
    const data = new URLSearchParams();
    if (token) {
      data.append('_csrf', token.value);
    }
    return data;
  }

  function post(url, data) {
    sending = true;
    return fetch(url, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    })
      .then((response) => {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(answer, () => say(form.dataset.msgFailed, true))
      .finally(() => {
        sending = false;
      });
  }

  function answer(result) {
    if (result.state === 'saved') {
      say(fill(form.dataset.msgSaved, result.savedAt), false);
    } else if (result.state === 'locked') {
      locked = true;
      say(fill(form.dataset.msgLocked, result.holder, result.since), true);
    } else if (result.state === 'refused') {
      say(form.dataset.msgFailed, true);
    }
  }

  function autosave() {
    window.clearTimeout(idleTimer);
    if (!autosaveUrl || locked || !pendingAutosave) {
      return;
    }
    if (sending) {
      idleTimer = window.setTimeout(autosave, IDLE_MS);
      return;
    }
    pendingAutosave = false;
    post(autosaveUrl, new URLSearchParams(new FormData(form)));
  }

  function changed() {
    unsaved = true;
    pendingAutosave = true;
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(autosave, IDLE_MS);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('focusout', () => {
    if (pendingAutosave) {
      autosave();
    }
  });
  // the workflow buttons and fields outside the form belong to it through form="...": submit covers them
  form.addEventListener('submit', () => {
    submitting = true;
    window.clearTimeout(idleTimer);
  });
  window.addEventListener('pageshow', () => {
    submitting = false;
  });
  window.addEventListener('beforeunload', (event) => {
    if (unsaved && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  if (heartbeatUrl && !locked) {
    const beat = () => {
      if (!locked && !sending) {
        post(heartbeatUrl, csrfOnly());
      }
    };
    beat();
    window.setInterval(beat, HEARTBEAT_MS);
  }

  form.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) {
      return;
    }
    const key = event.key.toLowerCase();
    if (key === 's') {
      event.preventDefault();
      form.requestSubmit();
    } else if (event.target === body && (key === 'b' || key === 'i' || key === 'k')) {
      event.preventDefault();
      format(body, key);
      body.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });

  const toolbar = form.querySelector('[data-toolbar]');
  if (toolbar && body) {
    toolbar.hidden = false;
    toolbar.addEventListener('click', (event) => {
      const button = event.target.closest('[data-format]');
      if (button) {
        format(body, button.dataset.format);
        body.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
  }

  if (body) {
    const counter = document.createElement('span');
    counter.className = 'field__hint editor__count';
    counter.id = 'body-count';
    const after = body.closest('[data-write]') || body;
    after.parentNode.insertBefore(counter, after.nextSibling);
    count = () => {
      const words = (body.value.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) || []).length;
      counter.textContent = fill(form.dataset.msgWords, words.toLocaleString(),
        Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)));
    };
    body.addEventListener('input', () => count());
    count();
  }
}

// Formats the body's selection in Markdown: **bold** (b), _italic_ (i), [a link](https://) (k), an
// image ![alt](https://) (image), or
// each selected line as a heading (h), a quote (q) or a list item (l).
function format(textarea, key) {
  const start = textarea.selectionStart;
  const end = textarea.selectionEnd;
  const chosen = textarea.value.slice(start, end);
  if (key === 'k') {
    textarea.setRangeText('[' + chosen + '](https://)', start, end, 'end');
    const url = start + chosen.length + 3;
    textarea.setSelectionRange(url, url + 'https://'.length);
  } else if (key === 'image') {
    textarea.setRangeText('![' + chosen + '](https://)', start, end, 'end');
    const url = start + chosen.length + 4;
    textarea.setSelectionRange(url, url + 'https://'.length);
  } else if (key === 'b' || key === 'i') {
    const mark = key === 'b' ? '**' : '_';
    textarea.setRangeText(mark + chosen + mark, start, end, 'end');
    textarea.setSelectionRange(start + mark.length, start + mark.length + chosen.length);
  } else {
    const prefix = { h: '## ', q: '> ', l: '- ' }[key];
    const lineStart = textarea.value.lastIndexOf('\n', start - 1) + 1;
    const lines = textarea.value.slice(lineStart, end).split('\n');
    const text = lines.map((line) => (line.startsWith(prefix) ? line : prefix + line)).join('\n');
    textarea.setRangeText(text, lineStart, end, 'end');
  }
  textarea.focus();
}

// A translation's original opens beside the form on a wide screen; on a phone it starts folded,
// so the form is not pushed below the whole original (without script it stays open).
const original = document.querySelector('details.original');
if (original && window.matchMedia('(max-width: 59.99rem)').matches) {
  original.open = false;
}
