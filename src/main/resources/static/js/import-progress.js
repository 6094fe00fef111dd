// Follows a running import on the admin's import page: polls its progress (JSON) every second, moves
// the progress bar and the counts, and reloads the page for the report once the import has ended.
// Without this script the page offers a reload link instead.
(function () {
  'use strict';
  var job = document.querySelector('[data-progress-url][data-running="true"]');
  if (!job || !window.fetch) {
    return;
  }
  var url = job.getAttribute('data-progress-url');
  var bar = job.querySelector('progress');

  function show(status) {
    if (bar) {
      bar.value = status.percent;
      bar.textContent = status.percent + '%';
    }
    job.querySelectorAll('[data-field]').forEach(function (field) {
      var value = status[field.getAttribute('data-field')];
      if (value !== undefined) {
        field.textContent = String(value);
      }
    });
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (status) {
        show(status);
        if (status.running) {
          window.setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // a hiccup (a node restarting): try again a little later
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 1000);
}());
