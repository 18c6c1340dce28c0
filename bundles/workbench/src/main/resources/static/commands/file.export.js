// File ▸ Export report…: shows the report view, its format chooser focused.
export default async function run(workbench) {
  await workbench.showView('report');
  document.getElementById('report-format')?.focus();
}
