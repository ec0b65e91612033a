import { h, render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { content, expose, loadWidgets, record } from './shared.js';

// The README's idiom: objects through a ref (Preact sets a property only on a defined element).
function Channels({ task, lang }) {
  const element = useRef(null);
  const setContent = useCallback((node) => {
    element.current = node;
    if (node) node.content = content;
  }, []);
  useEffect(() => {
    const node = element.current;
    node?.addEventListener('borger-channel-select', record);
    return () => node?.removeEventListener('borger-channel-select', record);
  }, []);
  return h('borger-channels', { ref: setContent, task, lang });
}

function App() {
  const [task, setTask] = useState('pas');
  const [lang, setLang] = useState('da');
  const [shown, setShown] = useState(true);
  expose({ setTask, setLang, unmount: () => setShown(false), mount: () => setShown(true) });
  return shown ? h(Channels, { task, lang }) : null;
}

await loadWidgets(() => render(h(App), document.getElementById('app')));
