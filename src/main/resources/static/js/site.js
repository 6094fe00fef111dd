// Small enhancements of the reader site; every page works without them.
(function () {
  'use strict';

  // "Reply" moves the reply form under the comment instead of reloading the page.
  function setUpReplies() {
    var respond = document.getElementById('respond');
    var form = document.getElementById('commentform');
    var cancel = document.getElementById('cancel-reply');
    if (!respond || !form || !cancel) {
      return;
    }
    var parentField = document.getElementById('comment_parent');
    var title = respond.querySelector('#reply-title span');
    var home = document.createElement('div');
    home.id = 'respond-home';
    home.hidden = true;
    respond.parentNode.insertBefore(home, respond);
    var originalTitle = title ? title.textContent : '';

    document.addEventListener('click', function (event) {
      var link = event.target.closest('.comment-reply-link');
      if (!link) {
        return;
      }
      event.preventDefault();
      var comment = document.getElementById('comment-' + link.getAttribute('data-comment-id'));
      comment.querySelector('.comment__body').after(respond);
      parentField.value = link.getAttribute('data-comment-id');
      if (title) {
        title.textContent = link.getAttribute('aria-label');
      }
      cancel.hidden = false;
      document.getElementById('comment').focus();
    });

    cancel.addEventListener('click', function (event) {
      event.preventDefault();
      home.parentNode.insertBefore(respond, home);
      parentField.value = '';
      if (title) {
        title.textContent = originalTitle;
      }
      cancel.hidden = true;
    });
  }

  // The home page may suggest another edition to a reader whose browser puts its language
  // before this page's: a notice with a link, shown here so that the cached page is the
  // same for every reader. Never a redirect.
  function suggestEdition() {
    var page = document.documentElement.lang.toLowerCase().split('-')[0];
    var preferred = navigator.languages || [navigator.language || ''];
    document.querySelectorAll('.edition-suggest[data-edition-lang]').forEach(function (notice) {
      var offered = notice.getAttribute('data-edition-lang').toLowerCase().split('-')[0];
      for (var i = 0; i < preferred.length; i++) {
        var language = preferred[i].toLowerCase().split('-')[0];
        if (language === page) {
          return;
        }
        if (language === offered) {
          notice.hidden = false;
          return;
        }
      }
    });
  }

  function setUp() {
    setUpReplies();
    suggestEdition();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
