// Citations need the reader's access date, which a static build cannot know: the page prints a
// placeholder and, with JavaScript, today's date replaces it.
export function fillAccessDates(): void {
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-access-placeholder]')) {
    const placeholder = el.dataset.accessPlaceholder ?? '';
    el.textContent = (el.textContent ?? '').replace(`[${placeholder}]`, `[${iso}]`);
  }
}
