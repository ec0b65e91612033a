// "Kontakt og booking" in React 19: the same borger-* elements as the plain HTML pages, driven by
// properties (content, task, service) and React state, listening to their events with on<event-name> props.
import { createElement as e, useEffect, useRef, useState } from 'react';
import type { BookingChangeDetail, BorgerBooking } from '../../src/booking/index.js';
import type { BorgerChannels, ChannelSelectDetail } from '../../src/channels/index.js';
import { localize } from '../../src/core/localized.js';
import { h } from './h.js';
import { type DemoLang, LANGS, text } from './texts.js';
import { useContactContent } from './use-contact-content.js';

const CONTENT_URL = '/content/kontakt.json';
const BOOKING_API = '/api/booking/v1';
const PHONE = '+45 33 66 33 66';

export function App() {
  // Starts in the page's language (the site header's switch sets it); our own switch then sets `lang` on our wrapper.
  const [lang, setLang] = useState<DemoLang>(() => (document.documentElement.lang === 'en' ? 'en' : 'da'));
  const [task, setTask] = useState('');
  const [service, setService] = useState<string | undefined>(undefined);
  // The place goes with the service: the channel the citizen chose is a place (issue 9, point 2).
  const [location, setLocation] = useState<string | undefined>(undefined);
  const channels = useRef<BorgerChannels>(null);
  // Counts hand-overs, so choosing the same booking channel twice still moves focus to the booking.
  const [handoffs, setHandoffs] = useState(0);
  const [code, setCode] = useState<string | undefined>(undefined);
  const content = useContactContent(CONTENT_URL);
  const booking = useRef<BorgerBooking>(null);

  useEffect(() => {
    const element = booking.current;
    if (handoffs === 0 || !element) return;
    // After the element has rendered the new service's step: show it and put focus on its heading.
    void element.updateComplete.then(() => {
      element.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      element.focusStart();
    });
  }, [handoffs]);

  const onChannelSelect = (event: CustomEvent<ChannelSelectDetail>) => {
    const { action, service: chosen, location: place } = event.detail;
    if (action !== 'booking' || !chosen) return;
    // We hand over ourselves (React owns `service` and `location`), so the element's own hand-over is cancelled.
    event.preventDefault();
    const element = booking.current;
    // Where the citizen came from, so the booking offers a way back to the channels.
    if (element && channels.current) element.handoff = { service: chosen, from: { kind: 'channels', element: channels.current } };
    setService(chosen);
    setLocation(place);
    setCode(undefined);
    setHandoffs((count) => count + 1);
  };

  const onConfirmed = (event: CustomEvent<BookingChangeDetail>) => setCode(event.detail.booking.code);

  const t = (key: Parameters<typeof text>[1], params?: Record<string, string>) => text(lang, key, params);

  return e(
    'div',
    { lang, className: 'react-demo' },
    e(
      'div',
      { className: 'react-demo-lang', role: 'group', 'aria-label': t('language') },
      LANGS.map((option) =>
        e(
          'button',
          {
            key: option.lang,
            type: 'button',
            lang: option.lang,
            'aria-pressed': option.lang === lang,
            onClick: () => setLang(option.lang),
          },
          option.name,
        ),
      ),
    ),
    e(
      'section',
      { 'aria-labelledby': 'react-contact-heading' },
      e('h2', { id: 'react-contact-heading' }, t('contactHeading')),
      content.status === 'failed' ? e('p', { role: 'alert' }, t('loadFailed')) : null,
      // While the content loads, the same label and (disabled) field, saying so: the booking below does
      // not move when the tasks arrive (CLS).
      content.status === 'ready' || content.status === 'loading'
        ? e(
            'div',
            { className: 'react-demo-task' },
            e('label', { htmlFor: 'react-task' }, t('taskLabel')),
            content.status === 'ready'
              ? e(
                  'select',
                  { id: 'react-task', value: task, onChange: (event: { target: HTMLSelectElement }) => setTask(event.target.value) },
                  e('option', { value: '' }, t('taskPlaceholder')),
                  content.tasks.map((option) => e('option', { key: option.id, value: option.id }, localize(option.label, lang))),
                )
              : e('select', { id: 'react-task', disabled: true, 'aria-busy': 'true' }, e('option', { value: '' }, t('loading'))),
          )
        : null,
      // Mounted once a task is chosen, so the element never shows its own task picker next to ours.
      (content.status === 'ready' && task) || content.status === 'invalid'
        ? h('borger-channels', {
            ref: channels,
            content: content.raw,
            task: task || undefined,
            headingLevel: 3,
            fallbackPhone: PHONE,
            'onborger-channel-select': onChannelSelect,
          })
        : null,
    ),
    e(
      'section',
      { 'aria-labelledby': 'react-booking-heading' },
      e('h2', { id: 'react-booking-heading' }, t('bookingHeading')),
      h('borger-booking', {
        ref: booking,
        api: BOOKING_API,
        service,
        location,
        headingLevel: 3,
        fallbackPhone: PHONE,
        'onborger-booking-confirmed': onConfirmed,
      }),
      code ? e('p', { className: 'react-demo-booked' }, t('booked', { code })) : null,
    ),
  );
}
