// Small inline icons per channel kind (decorative: the kind is always written out too).
import { svg, type SVGTemplateResult } from 'lit';
import type { ChannelKind } from './channels.schema.js';

const PATHS: Record<ChannelKind, SVGTemplateResult> = {
  selfservice: svg`<rect x="3" y="4" width="18" height="12" rx="1.5"/><path d="M8 20h8M12 16v4"/>`,
  phone: svg`<path d="M6.6 3.5 9 3l1.6 4-2 1.4a11 11 0 0 0 7 7l1.4-2 4 1.6-.5 2.4A2.5 2.5 0 0 1 18 21 15 15 0 0 1 3 6a2.5 2.5 0 0 1 3.6-2.5Z"/>`,
  chat: svg`<path d="M4 5h16v10H9l-5 4Z"/>`,
  visit: svg`<path d="M3 21h18M5 21V10l7-6 7 6v11M10 21v-6h4v6"/>`,
  library: svg`<path d="M4 4h4v16H4ZM10 4h4v16h-4ZM16 5l3.5-1 3 15.5-3.5 1Z"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="1.5"/><path d="m3 7 9 6 9-6"/>`,
  'digital-post': svg`<path d="M4 4h12l4 4v12H4Z"/><path d="M8 12h8M8 16h5"/>`,
  video: svg`<rect x="3" y="6" width="13" height="12" rx="1.5"/><path d="m16 10 5-3v10l-5-3"/>`,
};

export function channelIcon(kind: ChannelKind): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round">${PATHS[kind]}</svg>`;
}
