// The editor's live preview: the body as the article page will show it, rendered by the server's own
// Markdown renderer and sanitiser (POST data-preview-url, with the form's CSRF token), beside the
// body on a wide screen and under it on a phone. Asked for 600 ms after the editor stops typing in
// the body or the dateline city, never while an answer is awaited. The "Live preview" toolbar button
// shows or hides it. Without script, the form's Preview button shows the whole page.

const DEBOUNCE_MS = 600;

const form = document.querySelector('form[data-editor][data-preview-url]');
const pane = form && form.querySelector('[data-preview-pane]');
const toggle = form && form.querySelector('[data-preview-toggle]');
if (form && pane && toggle) {
  enhance(form, pane, toggle);
}

function enhance(form, pane, toggle) {
  const body = form.querySelector('#body');
  const city = form.querySelector('#datelineCity');
  const target = pane.querySelector('[data-preview-body]');
  const write = form.querySelector('[data-write]');
  let timer = 0;
  let waiting = false;
  let again = false;

  function render() {
    if (pane.hidden) {
      return;
    }
    if (waiting) {
      again = true;
      return;
    }
    waiting = true;
    const data = new URLSearchParams();
    const token = form.querySelector('input[name="_csrf"]');
    if (token) {
      data.append('_csrf', token.value);
    }
    data.append('body', body.value);
    data.append('datelineCity', city ? city.value : '');
    fetch(form.dataset.previewUrl, {
      method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store',
    })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      // the server's sanitised HTML, the same as the article page will show
      .then((result) => { target.innerHTML = result.html; })
      .catch(() => {})
      .finally(() => {
        waiting = false;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(render, DEBOUNCE_MS);
  }

  function show(on) {
    pane.hidden = !on;
    toggle.setAttribute('aria-pressed', String(on));
    write.classList.toggle('editor__write--split', on);
    if (on) {
      render();
    }
  }

  toggle.hidden = false;
  toggle.addEventListener('click', () => show(pane.hidden));
  body.addEventListener('input', schedule);
  if (city) {
    city.addEventListener('input', schedule);
  }
  show(window.matchMedia('(min-width: 75rem)').matches);
}
