// Live coverage for readers: keeps a live story's entries up to date without a reload. Found by
// data-live="on" (the newest page of a story that is still live); without script the page is complete
// and a reload shows everything. Subscribes to the story's event stream from the number of the last
// write the page holds (data-live-seq), so nothing is missed or shown twice; the browser resumes with
// Last-Event-ID after a dropped connection. New and edited entries are put in place, deleted ones
// dropped; when the reader has scrolled down into the entries, new ones wait behind an "N new updates"
// button instead of moving the text. When the stream is refused (too many open) or cannot be kept
// open, the script polls the updates with If-None-Match instead.

const POLL_MS = 15000;

const root = document.querySelector('[data-live="on"]');
if (root) {
  follow(root);
}

function follow(root) {
  const list = root.querySelector('[data-live-entries]');
  const pinnedBox = root.querySelector('[data-live-pinned]');
  const notice = root.querySelector('[data-live-notice]');
  const showButton = root.querySelector('[data-live-show]');
  const keys = root.querySelector('[data-live-keys]');
  let seq = Number(root.dataset.liveSeq) || 0;
  let held = [];
  let etag = null;

  function parse(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  function entryNode(id) {
    return root.querySelector('article.live-entry[data-entry-id="' + id + '"]');
  }

  function timeOf(node) {
    const time = node.querySelector('time');
    return time ? time.getAttribute('datetime') : '';
  }

  // newest first, as the server orders them: by time, then by id
  function newer(node, other) {
    const a = timeOf(node);
    const b = timeOf(other);
    return a > b || (a === b && Number(node.dataset.entryId) > Number(other.dataset.entryId));
  }

  function insertInOrder(node) {
    for (const other of list.children) {
      if (newer(node, other)) {
        list.insertBefore(node, other);
        return;
      }
    }
    list.appendChild(node);
  }

  function scrolledIntoEntries() {
    return list.getBoundingClientRect().top < 0;
  }

  function showHeld() {
    held.forEach(insertInOrder);
    held = [];
    notice.hidden = true;
  }

  function hold(node) {
    held = held.filter((other) => other.dataset.entryId !== node.dataset.entryId);
    held.push(node);
    const text = held.length === 1 ? root.dataset.liveNewOne : root.dataset.liveNewMany.replace('{0}', held.length);
    showButton.textContent = text;
    notice.hidden = false;
  }

  function updateKey(data) {
    if (!keys) {
      return;
    }
    const item = keys.querySelector('li[data-entry-id="' + data.id + '"]');
    if (!data.keyTitle) {
      if (item) {
        item.remove();
      }
      return;
    }
    const link = document.createElement('a');
    link.href = '#' + data.anchor;
    link.textContent = data.keyTitle;
    if (item) {
      item.querySelector('a').replaceWith(link);
      return;
    }
    const fresh = document.createElement('li');
    fresh.dataset.entryId = data.id;
    fresh.append(link);
    keys.prepend(fresh);
  }

  function apply(data) {
    if (data.seq <= seq) {
      return;
    }
    seq = data.seq;
    const current = entryNode(data.id);
    held = held.filter((other) => other.dataset.entryId !== String(data.id));
    if (data.deleted) {
      if (current) {
        current.remove();
      }
      updateKey({ id: data.id });
      return;
    }
    const node = parse(data.html);
    updateKey(data);
    const empty = root.querySelector('[data-live-empty]');
    if (empty) {
      empty.remove();
    }
    if (data.pinned) {
      if (current) {
        current.remove();
      }
      const old = pinnedBox.firstElementChild;
      pinnedBox.replaceChildren(node);
      if (old && old !== current) {
        old.classList.remove('live-entry--pinned');
      }
      return;
    }
    if (current && current.parentNode === list) {
      current.replaceWith(node);
      return;
    }
    if (current) {
      current.remove();
    }
    if (scrolledIntoEntries()) {
      hold(node);
    }
    else {
      insertInOrder(node);
    }
  }

  function handle(event) {
    apply(JSON.parse(event.data));
  }

  async function poll() {
    try {
      const headers = etag ? { 'If-None-Match': etag } : {};
      const response = await fetch(root.dataset.liveUpdates + '?since=' + seq, { headers });
      if (response.status === 200) {
        etag = response.headers.get('ETag');
        const body = await response.json();
        body.updates.forEach(apply);
        if (body.ended) {
          return;
        }
      }
    }
    catch (ignored) {
      // the next poll tries again
    }
    window.setTimeout(poll, POLL_MS);
  }

  function subscribe() {
    if (!('EventSource' in window)) {
      window.setTimeout(poll, POLL_MS);
      return;
    }
    const source = new EventSource(root.dataset.liveEvents + '?since=' + seq);
    source.addEventListener('entry', handle);
    source.addEventListener('delete', handle);
    source.addEventListener('end', () => source.close());
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        window.setTimeout(poll, POLL_MS);
      }
    });
  }

  showButton.addEventListener('click', () => {
    showHeld();
    list.scrollIntoView({ behavior: 'smooth', block: 'start' });
  });
  subscribe();
}
