// File ▸ Import files…: chooses files and hands them to the corpus view, which imports them and shows progress.
export default function run(workbench) {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.addEventListener('change', () => workbench.importFiles(input.files));
  input.click();
}
