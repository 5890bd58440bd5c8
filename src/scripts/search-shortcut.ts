// The `/` key focuses the search box from anywhere on the site (the search page's own box when on
// the search page), unless the reader is typing in a field already. Escape leaves the box.
// Bound once per page, by the script of the header's SearchBox, which every page has (on the
// search page the header shows no box, but its script still runs). Only that script imports this
// module, so it is bundled into it: the search page's own script imports no other module, and
// starts the search without waiting for a second file.

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/** The box `/` focuses: the search page's main box if there is one, else the header box. */
export function searchShortcutTarget(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('[data-search-shortcut="primary"]') ?? document.querySelector<HTMLInputElement>('[data-search-shortcut]');
}

export function bindSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const target = event.target;
    if (target instanceof Element && target.closest(EDITABLE) !== null) return;
    const input = searchShortcutTarget();
    if (input === null) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-shortcut]')) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && input.value === '') input.blur();
    });
  }
}
