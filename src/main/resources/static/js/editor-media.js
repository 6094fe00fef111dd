// Images in the editor's body: an image file dropped on or pasted into the body is uploaded to the
// media library (POST data-drop-url, with the alt text asked for in the page's dialog) and put in the
// body as Markdown, ![alt](library URL), where the cursor was; the library list's Insert buttons put
// a library image there. Without script the list shows the Markdown to copy, and images are uploaded
// under Media.

const form = document.querySelector('form[data-editor][data-drop-url]');
const body = form && form.querySelector('#body');
const dialog = document.querySelector('dialog[data-alt-dialog]');
if (form && body && dialog) {
  enhance(form, body, dialog);
}

function enhance(form, body, dialog) {
  const altInput = dialog.querySelector('[data-alt-input]');
  const status = form.querySelector('[data-autosave-status]');

  function fill(template, value) {
    return (template || '').replace('{0}', value);
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function insert(markdown, at) {
    const before = body.value.slice(0, at);
    const gap = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    body.setRangeText(gap + markdown + '\n\n', at, at, 'end');
    body.focus();
    // as if typed: the word count, the live preview, autosave and the unsaved-changes warning follow
    body.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function askAlt(file) {
    return new Promise((resolve) => {
      altInput.value = '';
      dialog.addEventListener('close', () => {
        resolve(dialog.returnValue === 'ok' ? altInput.value.trim() : '');
      }, { once: true });
      dialog.showModal();
      altInput.focus();
    });
  }

  function csrf() {
    const token = form.querySelector('input[name="_csrf"]');
    return token ? token.value : '';
  }

  async function upload(file, at) {
    const alt = await askAlt(file);
    if (!alt) {
      return;
    }
    say(fill(form.dataset.msgUploading, file.name || 'image'));
    const data = new FormData();
    data.append('file', file, file.name || 'pasted.png');
    data.append('alt', alt);
    data.append('_csrf', csrf());
    try {
      const response = await fetch(form.dataset.dropUrl, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-CSRF-TOKEN': csrf() },
      });
      const result = await response.json().catch(() => ({}));
      if (!response.ok || !result.url) {
        say(fill(form.dataset.msgDropFailed, result.error || String(response.status)));
        return;
      }
      insert('![' + result.alt.replace(/[\[\]]/g, '') + '](' + result.url + ')', at);
      say('');
    } catch (error) {
      say(fill(form.dataset.msgDropFailed, error.message));
    }
  }

  async function uploadAll(files, at) {
    for (const file of files) {
      await upload(file, at);
      at = body.selectionStart;
    }
  }

  function images(list) {
    return Array.from(list || []).filter((file) => file.type.startsWith('image/'));
  }

  body.addEventListener('dragover', (event) => {
    if (event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files')) {
      event.preventDefault();
      body.classList.add('editor__body--drop');
    }
  });
  body.addEventListener('dragleave', () => body.classList.remove('editor__body--drop'));
  body.addEventListener('drop', (event) => {
    body.classList.remove('editor__body--drop');
    const files = images(event.dataTransfer && event.dataTransfer.files);
    if (files.length === 0) {
      return;
    }
    event.preventDefault();
    uploadAll(files, body.selectionStart);
  });
  body.addEventListener('paste', (event) => {
    const files = images(event.clipboardData && event.clipboardData.files);
    if (files.length > 0) {
      event.preventDefault();
      uploadAll(files, body.selectionStart);
    }
  });

  form.querySelectorAll('[data-insert-image]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => {
      insert('![' + button.dataset.alt.replace(/[\[\]]/g, '') + '](' + button.dataset.url + ')', body.selectionStart);
    });
  });
}
