(function () {
  var panel = document.getElementById('panel'), body = document.getElementById('panel-body');
  function clear() {
    var s = document.querySelectorAll('.sel');
    for (var i = 0; i < s.length; i++) s[i].classList.remove('sel');
  }
  function hide() { clear(); panel.hidden = true; }
  function show(refs, scroll) {
    clear();
    while (body.firstChild) body.removeChild(body.firstChild);
    var first = null;
    refs.forEach(function (ref) {
      var note = document.getElementById('note-' + ref);
      if (note) { var c = note.cloneNode(true); c.removeAttribute('id'); c.hidden = false; body.appendChild(c); }
      var all = document.querySelectorAll('[data-refs~="' + ref + '"]');
      for (var i = 0; i < all.length; i++) {
        all[i].classList.add('sel');
        if (!first && all[i].closest('.text')) first = all[i];
      }
    });
    panel.hidden = !body.firstChild;
    if (scroll && first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
  }
  document.addEventListener('click', function (e) {
    if (e.target.closest('#panel')) { if (e.target.closest('.close')) hide(); return; }
    var t = e.target.closest('[data-refs]');
    if (!t) { hide(); return; }
    e.preventDefault();
    show(t.getAttribute('data-refs').split(' '), !t.closest('.text'));
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
    if (e.key === 'Enter' && e.target.getAttribute && e.target.getAttribute('data-refs'))
      show(e.target.getAttribute('data-refs').split(' '), !e.target.closest('.text'));
  });
})();
