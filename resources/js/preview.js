/* Live preview only: the window pushes changed fragments here instead of reloading the page,
   so the scroll position survives typing. Clicking a slide tells the window which one it was.
   Runs in its own JavaScript world (with the QWebChannel bridge), apart from the page's scripts:
   it shares the DOM with them, not their globals, so it talks to slideshow.js through events. */
(function () {
  "use strict";
  var bridge = null;
  if (window.qt && window.QWebChannel) {
    new window.QWebChannel(window.qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      whenLoaded(function () {
        // two animation frames after the load: the page is laid out and on screen
        requestAnimationFrame(function () {
          requestAnimationFrame(function () { bridge.pagePainted(); });
        });
      });
    });
  }
  function whenLoaded(callback) {
    if (document.readyState === "complete") {
      callback();
    } else {
      window.addEventListener("load", callback, { once: true });
    }
  }
  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }
  function keepInView(node) {
    var box = node.getBoundingClientRect();
    followed = node;  /* kept in view when the preview is resized (the find bar closing) */
    if (box.bottom < 0 || box.top > window.innerHeight) {
      node.scrollIntoView({ block: "center" });
      return "moved";
    }
    return "";
  }
  function slideAt(index) {
    return document.getElementById("slide-" + (index + 1));
  }
  function replaceChildren(id, html) {
    var node = document.getElementById(id);
    node.replaceChildren(fragment(html));
  }
  function slideshow(request) {
    document.documentElement.dataset.swRequest = JSON.stringify(request);
    document.dispatchEvent(new Event("sw-preview"));
  }
  function currentSlide() {
    var node = document.querySelector("#sw-slides > .sw-slide.sw-current");
    return node ? parseInt(node.dataset.index, 10) : 0;
  }
  var selected = null;
  function markSelected() {
    slides().forEach(function (slide) {
      slide.classList.toggle("sw-selected", parseInt(slide.dataset.index, 10) === selected);
    });
  }
  function slides() {
    return Array.prototype.slice.call(document.querySelectorAll("#sw-slides > .sw-slide"));
  }

  function keepSelectedInView() {
    /* A slide just added (or moved) was selected before its section existed: once the slides
       are in, bring it into view, unless the writer can already see it. Also after an undo or
       redo (the window asks once the page shows it). */
    var slide = selected === null ? null : slideAt(selected);
    if (!slide) { return; }
    if (document.body.classList.contains("mode-slideshow")) {
      /* The slideshow shows the selected slide, not the one it showed before the slides changed. */
      if (currentSlide() !== selected) { window.slidewright.showSlide(selected); }
      return;
    }
    var box = slide.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight - 48) {
      slide.scrollIntoView({ block: "start" });
    }
  }

  function onScreen(node) {
    var box = node.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }
  function place() {
    /* Where the writer is looking: the selected slide if it is on screen, else the first slide
       that is, and how far from the top of the preview it starts. */
    var node = selected === null ? null : slideAt(selected);
    if (!node || !onScreen(node)) {
      node = slides().filter(onScreen)[0] || null;
    }
    return node ? { index: parseInt(node.dataset.index, 10),
                    top: node.getBoundingClientRect().top } : null;
  }
  function replaceSlide(index, html) {
    var old = slideAt(index);
    if (!old) { return; }
    var node = fragment(html).firstElementChild;
    node.classList.toggle("sw-selected", index === selected);
    node.classList.toggle("sw-current", index === currentSlide());
    old.replaceWith(node);
  }

  window.slidewright = {
    replaceSlides: function (changed) {
      /* Typing path: touch only the sections that changed, whatever the article's length.
         The slide the writer is looking at stays where it was on screen: slides above it
         that grow (a picture chosen for each slide at once, Replace All) would push it
         down and out of view, and the browser keeps nothing in place for a replaced section. */
      var kept = document.body.classList.contains("mode-slideshow") ? null : place();
      changed.forEach(function (pair) { replaceSlide(pair[0], pair[1]); });
      var node = kept === null ? null : slideAt(kept.index);
      if (node) {
        var moved = node.getBoundingClientRect().top - kept.top;
        if (Math.abs(moved) >= 1) { window.scrollBy(0, moved); }
      }
    },
    setSlides: function (htmlList, follow) {
      /* follow: false for the rest of a long article arriving after its opening slides painted:
         the writer is reading the page from its top, whatever size the window has become. */
      replaceChildren("sw-slides", htmlList.join(""));
      markSelected();
      slideshow({ refresh: true });
      if (follow !== false) { keepSelectedInView(); }
    },
    keepInView: function () { keepSelectedInView(); },
    keepParagraphInView: function (index, block) {
      /* The writer typed in paragraph `block` of slide `index`'s body: bring it into view only
         when it is off screen (a writer reading another part of the preview while NOT typing is
         never moved; one whose paragraph is on screen is not moved either). */
      var slide = slideAt(index);
      if (!slide || (document.body.classList.contains("mode-slideshow") &&
                     !slide.classList.contains("sw-current"))) {
        return "";
      }
      var body = slide.querySelector(".sw-body");
      var parts = body ? body.children : [];
      return keepInView(parts.length ? parts[Math.max(0, Math.min(block, parts.length - 1))]
                                     : slide);
    },
    keepIntroInView: function (block) {
      /* The same for paragraph `block` of the intro, where the page shows it (not on a
         slideshow's slide other than the first, where it is hidden). */
      var intro = document.querySelector("#sw-header .sw-intro");
      if (!intro || !intro.getClientRects().length) {
        return "";
      }
      var parts = intro.children;
      return keepInView(parts.length ? parts[Math.max(0, Math.min(block, parts.length - 1))]
                                     : intro);
    },
    replaceHeader: function (html) { replaceChildren("sw-header", html); },
    replaceReadMore: function (html) { replaceChildren("sw-read-more", html); },
    setLanguage: function (chrome) {
      /* The article's language changed: the page's direction and its own words follow
         (render/chrome.py); the slideshow then redraws its progress in them. */
      var article = document.querySelector(".sw-article");
      [document.documentElement, article].forEach(function (node) {
        if (node) { node.lang = chrome.lang; node.dir = chrome.dir; }
      });
      if (article) {
        article.dataset.swEnd = chrome.data["sw-end"];
        article.dataset.swSlideOf = chrome.data["sw-slide-of"];
      }
      ["top", "end"].forEach(function (place) {
        var old = document.querySelector(".sw-controls-" + place);
        if (old) { old.replaceWith(fragment(chrome.controls[place])); }
      });
      var end = document.getElementById("slides-end");
      if (end) {
        end.setAttribute("aria-label", chrome.endLabel);
        var title = end.querySelector(".sw-end-title");
        var again = end.querySelector(".sw-end-again a");
        if (title) { title.textContent = chrome.endTitle; }
        if (again) { again.textContent = chrome.backToFirst; }
      }
      slideshow({ refresh: true });
    },
    setMode: function (mode) {
      /* Switching keeps the writer's place: the slide being edited stays in view. */
      slideshow({ mode: mode });
      if (selected !== null) {
        window.slidewright.select(selected, true);
      }
    },
    showSlide: function (index, scroll) {
      /* The slideshow follows the editor: slide N becomes the current one, its heading and
         image under the bar, as a reader stepping to it would see it (scroll false: it becomes
         the current one where the page is, as the first slide does on open, under the title). */
      slideshow({ show: index, scroll: scroll !== false });
    },
    select: function (index, scroll) {
      selected = index;
      markSelected();
      var slide = slideAt(index);
      if (!slide) { return; }
      if (document.body.classList.contains("mode-slideshow")) {
        window.slidewright.showSlide(index, scroll);
      } else if (scroll) {
        slide.scrollIntoView({ block: "start" });
      }
    }
  };

  /* Nothing is dragged out of the preview: a picture dragged from it onto a slide in the list
     became that slide's image (its credit and alt text cleared), when the writer only meant to
     select text or scroll. Pictures come from files, the Choose Image button or the clipboard. */
  document.addEventListener("dragstart", function (event) {
    event.preventDefault();
  }, { capture: true });

  document.addEventListener("click", function (event) {
    var slide = event.target.closest(".sw-slide");
    if (slide && bridge) {
      bridge.slideClicked(parseInt(slide.dataset.index, 10));
    }
  });

  /* The slideshow's Next and Previous (buttons, arrow keys, a swipe) move the editor too: when
     the reader's own step (a key, a click or a touch just before) makes another slide the
     current one, the window selects it in the list and the editor, as a click on it would.
     Only the reader's steps count: the window showing the selected slide is not one. */
  var readerInput = 0;
  /* The paragraph last brought into view for the writer: when the preview is resized (a bar
     over it closes), the browser may scroll the page elsewhere; the paragraph is put back,
     until the reader scrolls or clicks the preview themselves. */
  var followed = null;
  window.addEventListener("resize", function () {
    if (!followed || !followed.isConnected) { followed = null; return; }
    var box = followed.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) {
      followed.scrollIntoView({ block: "center" });
    }
  });
  ["wheel", "keydown", "mousedown", "touchstart"].forEach(function (name) {
    document.addEventListener(name, function () { followed = null; },
      { capture: true, passive: true });
  });
  var READER_STEP_MS = 1500;
  ["keydown", "mousedown", "touchstart"].forEach(function (name) {
    document.addEventListener(name, function () { readerInput = Date.now(); },
      { capture: true, passive: true });
  });
  function followShown() {
    if (!bridge || !document.body.classList.contains("mode-slideshow") ||
        Date.now() - readerInput > READER_STEP_MS) {
      return;
    }
    var node = document.querySelector("#sw-slides > .sw-slide.sw-current");
    if (!node) { return; }
    var index = parseInt(node.dataset.index, 10);
    if (index !== selected) { bridge.slideClicked(index); }
  }
  whenLoaded(function () {
    var container = document.getElementById("sw-slides");
    if (container) {
      new MutationObserver(followShown).observe(container, {
        attributes: true, attributeFilter: ["class"], subtree: true
      });
    }
  });
}());
