import { createApp, ref } from 'vue';
import { content, expose, loadWidgets, record } from './shared.js';

const task = ref('pas');
const lang = ref('da');
const shown = ref(true);
const app = createApp({
  setup: () => ({ content, task, lang, shown, record }),
  template: `<borger-channels v-if="shown" :content.prop="content" :task="task" :lang="lang" @borger-channel-select="record"></borger-channels>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('borger-');
expose({
  setTask: (value) => (task.value = value),
  setLang: (value) => (lang.value = value),
  unmount: () => (shown.value = false),
  mount: () => (shown.value = true),
});
await loadWidgets(() => app.mount('#app'));
