// The fields of a page's form as a browser would send them: hidden and
// text inputs with their values, checked boxes and radios, the selected
// option of each select. For tests that post a form the way a person
// does after changing a few fields.

const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]);

/** The attributes of a start tag (its name left out). */
function attrs(tag) {
  const out = {};
  for (const m of [...tag.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)].slice(1))
    out[m[1].toLowerCase()] = m[2] === undefined ? '' : decode(m[2]);
  return out;
}

/**
 * The fields of the first form of html whose action is `action` (and,
 * when given, whose hidden "action" field is `kind`), as [[name, value]],
 * disabled fields left out as a browser leaves them out.
 */
export function formFields(html, action, kind) {
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    if (attrs(`<form${m[1]}>`).action !== action) continue;
    const fields = [];
    for (const t of m[2].matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>|<(input|textarea)\b([^>]*)>/g)) {
      const element = t[3] ?? 'select';
      const a = attrs(`<${element}${t[3] ? t[4] : t[1]}>`);
      if (!a.name || 'disabled' in a) continue;
      const type = (a.type || 'text').toLowerCase();
      if (element === 'select') {
        const opts = [...t[2].matchAll(/<option\b([^>]*)>/g)].map((o) => attrs(`<option${o[1]}>`));
        const chosen = opts.find((o) => 'selected' in o) || opts[0];
        if (chosen) fields.push([a.name, chosen.value ?? '']);
      } else if (element === 'textarea') {
        fields.push([a.name, '']);
      } else if (['checkbox', 'radio'].includes(type)) {
        if ('checked' in a) fields.push([a.name, a.value ?? 'on']);
      } else if (!['submit', 'button', 'file'].includes(type)) {
        fields.push([a.name, a.value ?? '']);
      }
    }
    if (kind === undefined || fields.some(([k, v]) => k === 'action' && v === kind)) return fields;
  }
  throw new Error(`no form with action ${action}${kind ? ` (${kind})` : ''} in the page`);
}

/** The fields with some set to new values (added when absent). */
export function withFields(fields, changes) {
  const out = fields.filter(([k]) => !(k in changes));
  for (const [k, v] of Object.entries(changes)) {
    if (Array.isArray(v)) for (const x of v) out.push([k, String(x)]);
    else out.push([k, String(v)]);
  }
  return out;
}
