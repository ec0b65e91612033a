// A build plugin for the CDN files: Lit's css`…` templates lose their comments and needless spaces
// (the JS minifier leaves template text alone). Text inside CSS strings ('…', "…") is kept as written;
// a template with `${…}` in it is left untouched. Only whitespace that CSS ignores is removed: runs of
// spaces become one, and spaces next to { } ; go (not after commas: var() fallbacks keep theirs).

/** The CSS text of one template, minified. */
export function minifyCss(text) {
  let out = '';
  // CSS text outside strings, comments already replaced by a space, waiting to be minified.
  let plain = '';
  const flush = () => {
    out += plain.replace(/\s+/g, ' ').replace(/ ?([{};]) ?/g, '$1');
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' || char === "'") {
      // A CSS string, escapes included, copied as it is.
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === '\\' ? 2 : 1;
      flush();
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      plain += ' ';
    } else {
      plain += char;
      i++;
    }
  }
  flush();
  return out.trim();
}

/** Vite/Rolldown plugin: minifies every css`…` template without interpolations in our sources. */
export function minifyCssLiterals() {
  return {
    name: 'borger-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const changed = code.replace(/\bcss`([^`]*)`/g, (whole, body) => (body.includes('${') ? whole : `css\`${minifyCss(body)}\``));
      return changed === code ? null : { code: changed, map: null };
    },
  };
}
