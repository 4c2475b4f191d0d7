/* Slideshow mode: one slide at a time, Previous/Next (above and after the slide), arrow keys,
   swipe, progress, #slide-N URLs and an end card with the read-more links.

   Progressive enhancement: the page is complete without this script (every slide in order; a
   host's CSP or sanitiser may drop it). Slides are hidden only once it runs, by the "sw-js" class
   it puts on <html>. Paged exports (one page per slide) need no script either: their Previous and
   Next are links; here the arrow keys and swipes follow those links.
   In article mode the page is one long read and this script does nothing visible. */
(function () {
  "use strict";
  var root = document.documentElement;
  var body = document.body;
  var current = 0; /* 0 … slides-1, and slides for the end card */
  var SWIPE = 60; /* px a finger must travel sideways before a swipe counts */
  root.classList.add("sw-js");

  function slides() {
    return Array.prototype.slice.call(document.querySelectorAll("#sw-slides > .sw-slide"));
  }
  function endCard() {
    return document.getElementById("slides-end");
  }
  function steps() {
    var all = slides();
    var end = endCard();
    if (all.length && end) { all.push(end); }
    return all;
  }
  function isSlideshow() {
    return body.classList.contains("mode-slideshow");
  }
  function isPaged() {
    return body.classList.contains("mode-paged");
  }
  function indexFromHash() {
    if (window.location.hash === "#slides-end") { return slides().length; }
    var match = /^#slide-(\d+)$/.exec(window.location.hash);
    return match ? parseInt(match[1], 10) - 1 : null;
  }
  function hashFor(index) {
    return index >= slides().length ? "#slides-end" : "#slide-" + (index + 1);
  }
  /* The article's own words (data-sw-end, data-sw-slide-of: render/messages.py writes them in
     the article's language) and its reading direction: in a right-to-left article the next
     slide lies to the left, so the Left arrow and a swipe to the right go forward. */
  function article() {
    return document.querySelector(".sw-article");
  }
  function word(name, fallback) {
    var node = article();
    return (node && node.getAttribute("data-" + name)) || fallback;
  }
  function forward() {
    var node = article() || body;
    return window.getComputedStyle(node).direction === "rtl" ? -1 : 1;
  }
  function bar() {
    return document.querySelector(".sw-controls-top");
  }
  function barHeight() {
    var node = bar();
    return node ? node.getBoundingClientRect().height : 0;
  }
  /* The step's top just under the sticky bar: its heading and image are what the reader sees,
     on a phone as on a desktop, whatever the header above it. */
  function place(node) {
    var offset = barHeight();
    root.style.setProperty("--sw-margin", offset + 8 + "px"); /* for the browser's own jumps */
    var top = Math.max(0, node.getBoundingClientRect().top + window.scrollY - offset - 8);
    var header = document.getElementById("sw-header");
    if (header && body.classList.contains("sw-later")) {
      /* Past the first slide the header is one small title: show it whole above the bar when
         the slide still starts high on the screen, rather than cut through it. */
      var headerTop = header.getBoundingClientRect().top + window.scrollY;
      if (top - headerTop < window.innerHeight / 4) { top = Math.max(0, Math.min(top, headerTop - 16)); }
    }
    if (Math.abs(window.scrollY - top) > 1) {
      window.scrollTo({ top: top, left: window.scrollX, behavior: "instant" });
    }
  }
  /* A scroll the browser was still animating (PageDown just before →) can carry the page on
     past the step; until the reader scrolls again, each scroll that ends puts the step back. */
  var settling = null;
  function bringIntoView(node) {
    place(node);
    settling = { node: node, until: Date.now() + 1000 };
  }
  window.addEventListener("scrollend", function () {
    if (settling && Date.now() < settling.until) { place(settling.node); } else { settling = null; }
  });
  ["wheel", "touchstart", "keydown", "mousedown"].forEach(function (name) {
    document.addEventListener(name, function () { settling = null; }, { capture: true, passive: true });
  });
  function setAll(selector, apply) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), apply);
  }
  function show(index, options) {
    var all = steps();
    if (!all.length || isPaged()) { /* a paged export's page is already what it shows */
      return;
    }
    var count = slides().length;
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (step, n) {
      step.classList.toggle("sw-current", n === current);
    });
    body.classList.toggle("sw-later", isSlideshow() && current > 0);
    var atEnd = current >= count;
    setAll(".sw-progress-text", function (text) {
      text.textContent = atEnd ? word("sw-end", "End") : (current + 1) + " / " + count;
    });
    var slideOf = word("sw-slide-of", "Slide {number} of {total}");
    setAll(".sw-progress-bar", function (progress) {
      progress.max = count;
      progress.value = Math.min(current + 1, count);
      progress.setAttribute("aria-valuetext", atEnd ? word("sw-end", "End")
        : slideOf.replace("{number}", current + 1).replace("{total}", count));
    });
    setAll("button.sw-prev", function (button) { button.disabled = current === 0; });
    setAll("button.sw-next", function (button) { button.disabled = current === all.length - 1; });
    if (!isSlideshow()) {
      return;
    }
    if (options.remember && window.location.hash !== hashFor(current)) {
      /* pushState, not location.hash: a history entry (Back returns here) without the
         browser's own jump to the anchor, which drops the focus to <body>. */
      window.history.pushState(null, "", hashFor(current));
    }
    if (options.scroll) {
      bringIntoView(all[current]);
    }
  }
  function step(delta, control) {
    if (isPaged()) {
      var link = document.querySelector(".sw-controls-top a." + (delta > 0 ? "sw-next" : "sw-prev"));
      if (link) { window.location.href = link.href; }
      return;
    }
    show(current + delta, { remember: true, scroll: true });
    /* A button that just became disabled loses the focus; give it to its partner instead, so
       the next Enter or Space still does something. */
    if (control && control.disabled) {
      var partner = control.parentNode.querySelector(
        control.classList.contains("sw-next") ? "button.sw-prev" : "button.sw-next"
      );
      if (partner && !partner.disabled) { partner.focus({ preventScroll: true }); }
    }
  }
  /* A sideways swipe turns the slide, never the browser's history: in a right-to-left article
     the swipe forward is to the right, which Chromium otherwise takes as Back (measured: the
     page went to about:blank). A class on the root element (article.css), not a style
     attribute: the page carries no inline style for a sanitiser or policy to question. */
  function holdSwipes() {
    root.classList.toggle("sw-hold-swipes", isSlideshow() || isPaged());
  }
  function setMode(mode) {
    body.classList.remove("mode-article", "mode-slideshow", "mode-paged");
    body.classList.add("mode-" + mode);
    holdSwipes();
    show(current, { remember: false, scroll: mode === "slideshow" });
  }
  /* Home and End (and Space, always) stay the page's while the slide is taller than the screen:
     the reader is still reading it. */
  function fitsOnScreen() {
    var node = steps()[current];
    return !node || node.getBoundingClientRect().height + barHeight() <= window.innerHeight;
  }
  /* PageDown reads on down a long slide and turns only once its end is on screen; PageUp
     likewise goes back a slide only from its top. */
  function edgeInView(edge) {
    var node = steps()[current];
    if (!node) { return false; }
    var box = node.getBoundingClientRect();
    return edge === "bottom" ? box.bottom <= window.innerHeight + 1 : box.top >= barHeight() - 1;
  }
  function typing(target) {
    return target && target.closest && target.closest("input, textarea, select, [contenteditable]");
  }

  document.addEventListener("click", function (event) {
    var control = event.target.closest("button.sw-prev, button.sw-next");
    if (control) {
      step(control.classList.contains("sw-next") ? 1 : -1, control);
      return;
    }
    var link = event.target.closest("a[href^='#slide']");
    if (link && isSlideshow()) {
      var target = link.getAttribute("href") === "#slides-end" ? slides().length
        : parseInt(link.getAttribute("href").slice(7), 10) - 1;
      if (!isNaN(target)) {
        event.preventDefault();
        show(target, { remember: true, scroll: true });
      }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (!(isSlideshow() || isPaged()) || event.altKey || event.ctrlKey || event.metaKey ||
        event.defaultPrevented || typing(event.target)) {
      return;
    }
    var key = event.key;
    if (key === "ArrowRight") { step(forward(), null); }
    else if (key === "ArrowLeft") { step(-forward(), null); }
    else if (isSlideshow() && key === "PageDown" && edgeInView("bottom")) { step(1, null); }
    else if (isSlideshow() && key === "PageUp" && edgeInView("top")) { step(-1, null); }
    else if (isSlideshow() && fitsOnScreen() && (key === "Home" || key === "End")) {
      show(key === "Home" ? 0 : slides().length - 1, { remember: true, scroll: true });
    } else {
      return;
    }
    event.preventDefault();
  });

  /* A swipe is a single finger moving clearly sideways: at least SWIPE px, and twice as far
     across as up or down, so scrolling a long slide never turns the page. */
  var touch = null;
  document.addEventListener("touchstart", function (event) {
    var target = event.target;
    touch = event.touches.length === 1 && !(target.closest && target.closest("pre, table"))
      ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
  }, { passive: true });
  document.addEventListener("touchcancel", function () { touch = null; }, { passive: true });
  document.addEventListener("touchend", function (event) {
    if (touch === null || !(isSlideshow() || isPaged()) || event.touches.length) {
      touch = null;
      return;
    }
    var dx = event.changedTouches[0].clientX - touch.x;
    var dy = event.changedTouches[0].clientY - touch.y;
    touch = null;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 2 * Math.abs(dy)) { step(dx < 0 ? forward() : -forward(), null); }
  }, { passive: true });

  function followHash() {
    var index = indexFromHash();
    show(index === null ? 0 : index, { remember: false, scroll: index !== null });
  }
  window.addEventListener("popstate", followHash);
  window.addEventListener("hashchange", followHash);

  /* The live preview's own script runs in an isolated JavaScript world and cannot call this one;
     it leaves a request on <html data-sw-request> and fires "sw-preview". Exports never fire it. */
  document.addEventListener("sw-preview", function () {
    var request = JSON.parse(root.dataset.swRequest || "{}");
    if (request.mode) { setMode(request.mode); }
    if (typeof request.show === "number") {
      show(request.show, { remember: false, scroll: request.scroll !== false });
    }
    if (request.refresh) { show(current, { remember: false, scroll: false }); }
  });

  holdSwipes();
  var start = indexFromHash();
  show(start === null ? 0 : start, { remember: false, scroll: start !== null });
  if (start !== null) {
    /* A deep link (#slide-6): once the page has its final layout, the slide again under the bar. */
    window.addEventListener("load", function () {
      if (indexFromHash() === start) { bringIntoView(steps()[current]); }
    });
  }
}());
