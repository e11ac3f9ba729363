/** The first and last item of a list page, one-based, written as the list's total is: "3,401–3,418". */
export function pageRange(page: { start: number; end: number }): string {
  return `${(page.start + 1).toLocaleString('en-US')}–${(page.end + 1).toLocaleString('en-US')}`;
}
