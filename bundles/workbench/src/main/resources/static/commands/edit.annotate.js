// Edit ▸ Annotate selection (a): records the words selected in the document view as a claim.
export default function run(workbench) {
  workbench.emit('document:annotate');
}
