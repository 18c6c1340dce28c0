// Window ▸ Reset layout: every view back in the area its contribution names, at the default sizes.
export default function run(workbench) {
  workbench.emit('workbench:reset-layout');
}
