// Syntax highlighting of schema text (highlight.js from its web jar, served by the registry itself).
document.querySelectorAll('pre code[class*="language-"], td.code code[class*="language-"]').forEach(function (el) {
  window.hljs.highlightElement(el);
});
