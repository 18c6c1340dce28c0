// Runs before the first paint: the theme the analyst chose last (light or dark), else the system's.
(function () {
  try {
    var theme = localStorage.getItem('atelier.theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) { /* storage refused: follow the system */ }
})();
