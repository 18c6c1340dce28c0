// View ▸ Toggle dark theme: light or dark, remembered (the system's choice until then).
export default function run(workbench) {
  const theme = workbench.toggleTheme();
  workbench.status(`${theme === 'dark' ? 'Dark' : 'Light'} theme.`);
}
