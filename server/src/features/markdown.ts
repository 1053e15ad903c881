// Hover cards are Markdown built from user text (names, descriptions): escape
// it so nothing in a register can inject links, HTML or commands.

export function md(text: string): string {
  // Only what can start markup inline: emphasis, code, links, HTML, tables.
  return text.replace(/[\\`*_\[\]<>|~]/g, (c) => '\\' + c).replace(/&/g, '&amp;');
}

/** "1924-01-21" → "21 January 1924"; keeps partial and BCE forms readable. */
export function humanDay(iso: string): string {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const y = parseInt(m[1], 10);
  const year = y <= 0 ? `${1 - y} BC` : String(y);
  return `${parseInt(m[3], 10)} ${MONTHS[parseInt(m[2], 10) - 1]} ${year}`;
}

export function humanInterval(i: { earliest: string; latest: string }): string {
  return i.earliest === i.latest ? humanDay(i.earliest) : `${humanDay(i.earliest)} – ${humanDay(i.latest)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
