// Bylines and sources in the editor: each credit's select gets buttons to move it up or down or remove
// it, and the list an "Add a byline" ("Add a source") button, up to data-max; the selects keep their
// order in the form, so the order on screen is the order of the credits. Without script the form
// shows the chosen credits and an empty one more, and a save adds another. Each credit also gets a
// "Find" field (with a datalist of the names) that filters its select as the editor types and
// chooses the name once only one is left or the whole name is picked; the select stays what is
// posted, and without script the select's own type-to-select finds a name by its first letters. Also: type-ahead over
// existing tag names for the tags field (GET data-suggest-tags-url?q=, for the last name typed).

const form = document.querySelector('form[data-editor]');
if (form) {
  form.querySelectorAll('fieldset[data-credits]').forEach((group) => credits(form, group));
  tags(form);
}

function fill(template, value) {
  return (template || '').replace('{0}', value);
}

function credits(form, group) {
  const max = Number(group.dataset.max || 10);
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'toolbar__button credit__add';
  add.textContent = group.dataset.msgAdd;
  const hint = group.querySelector('.field__hint');
  group.insertBefore(add, hint);

  function slots() {
    return Array.from(group.querySelectorAll('[data-credit]'));
  }

  function changed() {
    form.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function button(text, kind) {
    const made = document.createElement('button');
    made.type = 'button';
    made.className = 'toolbar__button credit__button';
    made.dataset.move = kind;
    made.textContent = { up: '↑', down: '↓', remove: '×' }[kind];
    made.setAttribute('aria-label', text);
    return made;
  }

  // numbers the labels and ids 1..n in the order on screen, and names each button after its credit
  function renumber() {
    const all = slots();
    all.forEach((slot, i) => {
      const n = i + 1;
      const id = group.dataset.item + '-' + n;
      const label = slot.querySelector('label:not([data-find-label])');
      const select = slot.querySelector('select');
      const name = fill(group.dataset.msgLabel, n);
      select.id = id;
      label.htmlFor = id;
      label.textContent = name;
      const find = slot.querySelector('[data-find]');
      find.id = id + '-find';
      slot.querySelector('[data-find-label]').htmlFor = find.id;
      slot.querySelector('[data-find-label]').textContent = fill(group.dataset.msgFind, name);
      slot.querySelector('[data-move="up"]').setAttribute('aria-label', fill(group.dataset.msgUp, name));
      slot.querySelector('[data-move="down"]').setAttribute('aria-label', fill(group.dataset.msgDown, name));
      slot.querySelector('[data-move="remove"]').setAttribute('aria-label', fill(group.dataset.msgRemove, name));
      slot.querySelector('[data-move="up"]').disabled = i === 0;
      slot.querySelector('[data-move="down"]').disabled = i === all.length - 1;
    });
    add.disabled = all.length >= max;
  }

  // the names of the first select, offered to every "Find" field of the group
  const names = document.createElement('datalist');
  names.id = group.dataset.item + '-names';
  Array.from(group.querySelector('select').options)
    .filter((option) => option.value)
    .forEach((option) => {
      const made = document.createElement('option');
      made.value = option.text;
      names.append(made);
    });
  group.append(names);

  function controls(slot) {
    const find = document.createElement('input');
    find.type = 'search';
    find.className = 'credit__find';
    find.autocomplete = 'off';
    find.dataset.find = '';
    find.setAttribute('list', names.id);
    const label = document.createElement('label');
    label.className = 'credit__find-label';
    label.dataset.findLabel = '';
    slot.querySelector('select').before(label, find);
    const bar = document.createElement('span');
    bar.className = 'credit__controls';
    bar.append(button('', 'up'), button('', 'down'), button('', 'remove'));
    slot.append(bar);
  }

  slots().forEach(controls);
  group.addEventListener('input', (event) => {
    if (event.target.matches('[data-find]')) {
      filter(event.target, event.target.closest('[data-credit]').querySelector('select'));
    }
  });
  group.addEventListener('click', (event) => {
    const pressed = event.target.closest('[data-move]');
    if (!pressed) {
      return;
    }
    const slot = pressed.closest('[data-credit]');
    const kind = pressed.dataset.move;
    if (kind === 'up' && slot.previousElementSibling && slot.previousElementSibling.matches('[data-credit]')) {
      slot.parentNode.insertBefore(slot, slot.previousElementSibling);
    } else if (kind === 'down' && slot.nextElementSibling && slot.nextElementSibling.matches('[data-credit]')) {
      slot.parentNode.insertBefore(slot.nextElementSibling, slot);
    } else if (kind === 'remove') {
      if (slots().length > 1) {
        slot.remove();
      } else {
        slot.querySelector('select').value = '';
      }
    } else {
      return;
    }
    renumber();
    const again = slot.isConnected ? slot.querySelector('[data-move="' + kind + '"]') : add;
    (again && !again.disabled ? again : slot.querySelector('select') || add).focus();
    changed();
  });
  add.addEventListener('click', () => {
    const last = slots()[slots().length - 1];
    const copy = last.cloneNode(true);
    copy.querySelector('select').value = '';
    copy.querySelector('[data-find]').value = '';
    filter(copy.querySelector('[data-find]'), copy.querySelector('select'));
    copy.classList.remove('field--error');
    last.after(copy);
    renumber();
    copy.querySelector('select').focus();
    changed();
  });
  renumber();
}

// folds case and accents, so that "lucia" finds "Lucía"
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

// shows only the options whose name holds what was typed; chooses the one left, or the name typed whole
function filter(find, select) {
  const wanted = fold(find.value);
  const matching = [];
  Array.from(select.options).forEach((option) => {
    const match = !option.value || !wanted || fold(option.text).includes(wanted);
    option.hidden = !match;
    if (match && option.value) {
      matching.push(option);
    }
  });
  const whole = matching.find((option) => fold(option.text) === wanted);
  const chosen = whole || (wanted && matching.length === 1 ? matching[0] : null);
  if (chosen && select.value !== chosen.value) {
    select.value = chosen.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

function tags(form) {
  const input = form.querySelector('#tags');
  const url = form.dataset.suggestTagsUrl;
  if (!input || !url) {
    return;
  }
  const list = document.createElement('datalist');
  list.id = 'tag-suggestions';
  input.after(list);
  input.setAttribute('list', list.id);
  input.setAttribute('autocomplete', 'off');
  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const parts = input.value.split(',');
      const last = parts.pop().trim();
      const before = parts.map((part) => part.trim()).filter(Boolean);
      if (!last) {
        list.replaceChildren();
        return;
      }
      fetch(url + '?q=' + encodeURIComponent(last), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : []))
        .then((names) => {
          list.replaceChildren(...names
            .filter((name) => !before.includes(name))
            .map((name) => {
              const option = document.createElement('option');
              option.value = before.concat(name).join(', ');
              return option;
            }));
        })
        .catch(() => {});
    }, 250);
  });
}
