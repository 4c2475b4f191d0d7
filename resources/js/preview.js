/* Live preview only: the window pushes changed fragments here instead of reloading the page,
   so the scroll position survives typing. Clicking a slide tells the window which one it was. */
(function () {
  "use strict";
  var bridge = null;
  if (window.qt && window.QWebChannel) {
    new window.QWebChannel(window.qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
    });
  }
  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }
  function slideAt(index) {
    return document.getElementById("slide-" + (index + 1));
  }
  function replaceChildren(id, html) {
    var node = document.getElementById(id);
    node.replaceChildren(fragment(html));
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

  window.slidewright = {
    replaceSlide: function (index, html) {
      /* Typing path: touch one section only, whatever the article's length. */
      var old = slideAt(index);
      if (!old) { return; }
      var node = fragment(html).firstElementChild;
      node.classList.toggle("sw-selected", index === selected);
      node.classList.toggle("sw-current", index === window.swSlideshow.current());
      old.replaceWith(node);
    },
    setSlides: function (htmlList) {
      replaceChildren("sw-slides", htmlList.join(""));
      markSelected();
      window.swSlideshow.refresh();
    },
    replaceHeader: function (html) { replaceChildren("sw-header", html); },
    replaceReadMore: function (html) { replaceChildren("sw-read-more", html); },
    setMode: function (mode) {
      /* Switching keeps the writer's place: the slide being edited stays in view. */
      window.swSlideshow.setMode(mode);
      if (selected !== null) {
        window.slidewright.select(selected, true);
      }
      if (mode === "slideshow") { window.scrollTo(0, 0); }
    },
    select: function (index, scroll) {
      selected = index;
      markSelected();
      var slide = slideAt(index);
      if (!slide) { return; }
      if (document.body.classList.contains("mode-slideshow")) {
        window.swSlideshow.show(index, false);
      } else if (scroll) {
        slide.scrollIntoView({ block: "start" });
      }
    }
  };

  document.addEventListener("click", function (event) {
    var slide = event.target.closest(".sw-slide");
    if (slide && bridge) {
      bridge.slideClicked(parseInt(slide.dataset.index, 10));
    }
  });
}());
