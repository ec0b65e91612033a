import { mount } from 'svelte';
import App from './Svelte.svelte';
import { loadWidgets } from './shared.js';

await loadWidgets(() => mount(App, { target: document.getElementById('app') }));
