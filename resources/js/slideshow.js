/* Slideshow mode: one slide at a time, previous/next, arrow keys, swipe, progress, #slide-N URLs.
   In article mode the page is one long read and this script only keeps the progress bar hidden. */
(function () {
  "use strict";
  var body = document.body;
  var current = 0;

  function slides() {
    return Array.prototype.slice.call(document.querySelectorAll("#sw-slides > .sw-slide"));
  }
  function isSlideshow() {
    return body.classList.contains("mode-slideshow");
  }
  function indexFromHash() {
    var match = /^#slide-(\d+)$/.exec(window.location.hash);
    return match ? parseInt(match[1], 10) - 1 : null;
  }
  function show(index, remember) {
    var all = slides();
    if (!all.length) {
      return;
    }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (slide, n) {
      slide.classList.toggle("sw-current", n === current);
    });
    var text = document.querySelector(".sw-progress-text");
    if (text) {
      text.textContent = (current + 1) + " / " + all.length;
    }
    var bar = document.querySelector(".sw-progress-bar");
    if (bar) {
      bar.max = all.length;
      bar.value = current + 1;
    }
    var prev = document.querySelector(".sw-prev");
    var next = document.querySelector(".sw-next");
    if (prev) { prev.disabled = current === 0; }
    if (next) { next.disabled = current === all.length - 1; }
    if (remember && isSlideshow() && window.location.hash !== "#slide-" + (current + 1)) {
      window.location.hash = "slide-" + (current + 1);  /* a history entry: Back returns here */
    }
  }
  function step(delta) {
    show(current + delta, true);
    if (isSlideshow()) {
      window.scrollTo(0, 0);
    }
  }
  function setMode(mode) {
    body.classList.remove("mode-article", "mode-slideshow");
    body.classList.add("mode-" + mode);
    show(current, false);
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest(".sw-prev")) { step(-1); }
    if (event.target.closest(".sw-next")) { step(1); }
  });
  document.addEventListener("keydown", function (event) {
    if (!isSlideshow() || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === "ArrowRight" || event.key === "PageDown") { step(1); event.preventDefault(); }
    if (event.key === "ArrowLeft" || event.key === "PageUp") { step(-1); event.preventDefault(); }
    if (event.key === "Home") { show(0, true); event.preventDefault(); }
    if (event.key === "End") { show(slides().length - 1, true); event.preventDefault(); }
  });
  var touchX = null;
  document.addEventListener("touchstart", function (event) {
    touchX = event.changedTouches[0].clientX;
  }, { passive: true });
  document.addEventListener("touchend", function (event) {
    if (touchX === null || !isSlideshow()) { return; }
    var dx = event.changedTouches[0].clientX - touchX;
    touchX = null;
    if (Math.abs(dx) > 50) { step(dx < 0 ? 1 : -1); }
  }, { passive: true });
  window.addEventListener("hashchange", function () {
    var index = indexFromHash();
    show(index === null ? 0 : index, false);  /* Back to the bare URL is the first slide */
  });

  /* The live preview's own script runs in an isolated JavaScript world and cannot call this one;
     it leaves a request on <html data-sw-request> and fires "sw-preview". Exports never fire it. */
  document.addEventListener("sw-preview", function () {
    var request = JSON.parse(document.documentElement.dataset.swRequest || "{}");
    if (request.mode) { setMode(request.mode); }
    if (typeof request.show === "number") { show(request.show, false); }
    if (request.refresh) { show(current, false); }
  });

  window.swSlideshow = {
    show: show,
    setMode: setMode,
    current: function () { return current; },
    refresh: function () { show(current, false); }
  };
  var start = indexFromHash();
  show(start === null ? 0 : start, false);
}());
