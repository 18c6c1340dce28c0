// Search ▸ Find in corpus (/): shows the search view and puts the cursor in its box.
export default async function run(workbench) {
  await workbench.showView('search', { focus: false });
  workbench.emit('search:focus');
}
