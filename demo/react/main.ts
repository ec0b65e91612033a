// Entry of the React demo bundle: registers the elements the npm way (from the package source),
// then mounts the app into the page's #react-root.
import '../../src/channels/index.js';
import '../../src/booking/index.js';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const root = document.getElementById('react-root');
if (root) createRoot(root).render(createElement(StrictMode, null, createElement(App)));
else console.error('React demo: the page has no <div id="react-root">.');
