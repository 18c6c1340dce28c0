// The "Outlets" view: how many documents each outlet has, redrawn as documents come and go.
export default function mount(element, workbench) {
  const table = document.createElement('table');
  table.className = 'outlets';
  element.replaceChildren(table);

  async function draw() {
    const documents = await workbench.api('/api/documents');
    const counts = new Map();
    for (const d of documents) {
      const outlet = d.outlet || '(unknown)';
      counts.set(outlet, (counts.get(outlet) || 0) + 1);
    }
    const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    table.replaceChildren(...rows.map(([outlet, count]) => {
      const row = document.createElement('tr');
      const name = document.createElement('td');
      name.textContent = outlet; // text, never markup: outlet names come from the articles
      const number = document.createElement('td');
      number.textContent = String(count);
      row.append(name, number);
      return row;
    }));
  }

  draw().catch((e) => workbench.showError(element, e.message));
  const stop = workbench.on('documents', () => draw().catch((e) => workbench.showError(element, e.message)));
  return { dispose: () => stop && stop() };
}
