// The live desk's filing form in one step: posts the update in the background (the same form post,
// asked for JSON with X-Live-Desk), empties the form and reloads only the list of updates. Refused
// input gets its message beside the field, as without script. Found by data-live-desk; the form works
// as a plain post without it.

const form = document.querySelector('form[data-live-desk]');
if (form) {
  enhance(form);
}

function enhance(form) {
  const status = form.querySelector('[data-live-desk-status]');
  const button = form.querySelector('button[type="submit"]');

  function clearErrors() {
    form.querySelectorAll('.field__error[data-live-desk-error]').forEach((node) => node.remove());
    form.querySelectorAll('[aria-invalid="true"]').forEach((node) => node.setAttribute('aria-invalid', 'false'));
  }

  function showError(field, message) {
    const input = form.querySelector('[name="' + field + '"]');
    if (!input) {
      status.textContent = message;
      return;
    }
    const error = document.createElement('span');
    error.className = 'field__error';
    error.id = field + '-error';
    error.dataset.liveDeskError = '';
    error.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
    input.after(error);
  }

  async function refreshList() {
    const response = await fetch(window.location.pathname, { headers: { Accept: 'text/html' } });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.querySelector('[data-live-desk-list]');
    const current = document.querySelector('[data-live-desk-list]');
    if (fresh && current) {
      current.replaceWith(fresh);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { 'X-Live-Desk': '1', Accept: 'application/json' },
      });
      const answer = await response.json();
      if (response.ok) {
        form.querySelector('[name="body"]').value = '';
        form.querySelector('[name="keyTitle"]').value = '';
        form.querySelector('[name="pinned"]').checked = false;
        status.textContent = answer.message;
        await refreshList();
        form.querySelector('[name="body"]').focus();
      }
      else {
        Object.entries(answer.errors || {}).forEach(([field, message]) => showError(field, message));
      }
    }
    catch (failed) {
      form.submit();
    }
    finally {
      button.disabled = false;
    }
  });
}
