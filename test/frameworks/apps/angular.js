// Angular in JIT mode (the compiler in the page), so no Angular build plugin is needed.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { content, expose, loadWidgets, record } from './shared.js';

const App = Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `@if (shown()) {
    <borger-channels [content]="content" [attr.task]="task()" [attr.lang]="lang()" (borger-channel-select)="record($event)"></borger-channels>
  }`,
})(
  class {
    content = content;
    task = signal('pas');
    lang = signal('da');
    shown = signal(true);
    record = record;
    constructor() {
      expose({
        setTask: (value) => this.task.set(value),
        setLang: (value) => this.lang.set(value),
        unmount: () => this.shown.set(false),
        mount: () => this.shown.set(true),
      });
    }
  },
);

await loadWidgets(() => {
  const root = document.createElement('app-root');
  document.getElementById('app').append(root);
  void bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] });
});
