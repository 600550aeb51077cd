// AlertBot's settings page. Every API request carries Telegram's init data (Authorization: tma …); the server
// checks it each time. Data from the server is only ever put in the page as text (textContent, value), never as
// markup; the sample alert (Telegram HTML from the bot's own renderer) is rebuilt from an allow-list of tags.
'use strict';

(() => {
  const tg = window.Telegram && window.Telegram.WebApp;
  const initData = tg ? tg.initData : '';
  const $ = (id) => document.getElementById(id);
  const state = { chats: [], chatId: null, saved: null, topics: new Set(), found: [], labels: new Map(), near: [] };
  const fields = ['topics', 'keywords', 'excludes', 'near', 'mode', 'digestTime', 'timeZone', 'quiet', 'format'];

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
      this.status = status;
      this.problem = problem || {};
    }
  }

  async function api(method, path, body) {
    const response = await fetch('/app/api' + path, {
      method,
      headers: Object.assign({ Authorization: 'tma ' + initData }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : null;
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.hidden = false;
  }

  function clearError() {
    $('error').hidden = true;
    $('error').textContent = '';
  }

  function fatal(error) {
    $('loading').hidden = true;
    $('settings').hidden = true;
    $('main').setAttribute('aria-busy', 'false');
    showError(error.message);
  }

  // ---- the form <-> the API's settings document ----

  function lines(text) {
    return text.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);
  }

  function readForm() {
    const mode = document.querySelector('input[name="mode"]:checked');
    const format = document.querySelector('input[name="format"]:checked');
    return {
      topics: [...state.topics].sort(),
      keywords: lines($('keywords').value),
      excludes: lines($('excludes').value),
      mode: mode ? mode.value : 'instant',
      digestTime: $('digest-time').value || null,
      timeZone: $('zone').value || 'Etc/UTC',
      quiet: $('quiet-on').checked
        ? { from: $('quiet-from').value, to: $('quiet-to').value, silent: $('quiet-silent').checked }
        : null,
      format: format ? format.value : 'rich',
      near: state.near.map((n) => ({ place: n.place, radiusKm: n.radiusKm })),
    };
  }

  function fillForm(s) {
    state.topics = new Set(s.topics);
    $('keywords').value = s.keywords.join('\n');
    $('excludes').value = s.excludes.join('\n');
    $('mode-' + (s.mode === 'digest' ? 'digest' : 'instant')).checked = true;
    $('digest-time').value = s.digestTime || '';
    setZone(s.timeZone);
    $('quiet-on').checked = s.quiet !== null;
    $('quiet-from').value = s.quiet ? s.quiet.from : '23:00';
    $('quiet-to').value = s.quiet ? s.quiet.to : '07:00';
    $((s.quiet && s.quiet.silent) ? 'quiet-silent' : 'quiet-hold').checked = true;
    $('format-' + (s.format === 'classic' ? 'classic' : 'rich')).checked = true;
    state.near = (s.near || []).map((n) => ({ place: n.place, radiusKm: n.radiusKm }));
    renderNear();
    syncDisabled();
    renderTopics();
  }

  function syncDisabled() {
    $('digest-time').disabled = !$('mode-digest').checked;
    const quiet = $('quiet-on').checked;
    for (const id of ['quiet-from', 'quiet-to', 'quiet-hold', 'quiet-silent']) $(id).disabled = !quiet;
  }

  // ---- topics: the chat's own (ticked) first, then what the search found ----

  function renderTopics() {
    const list = $('topic-list');
    list.replaceChildren();
    const shown = [...state.topics].sort().concat(state.found.map((t) => t.topic).filter((t) => !state.topics.has(t)));
    if (shown.length === 0) {
      list.append(el('li', 'No topic ticked. Search above to find some.', { class: 'empty' }));
      return;
    }
    shown.forEach((topic, i) => {
      const id = 'topic-' + i;
      const li = el('li', null, { class: 'choice' });
      const box = el('input', null, { type: 'checkbox', id, value: topic });
      box.checked = state.topics.has(topic);
      box.addEventListener('change', () => {
        if (box.checked) state.topics.add(topic); else state.topics.delete(topic);
        scheduleSample();
      });
      const label = el('label', null, { for: id });
      label.append(el('span', state.labels.get(topic) || topic, { class: 'topic-label' }));
      li.append(box, label);
      list.append(li);
    });
  }

  async function searchTopics() {
    const q = $('topic-search').value.trim();
    try {
      state.found = await api('GET', '/topics?q=' + encodeURIComponent(q));
      for (const t of state.found) state.labels.set(t.topic, t.label);
      renderTopics();
    } catch (e) {
      handle(e);
    }
  }

  // ---- places and radii (the server looks each new name up, as /near does) ----

  function renderNear() {
    const list = $('near-list');
    list.replaceChildren();
    if (state.near.length === 0) list.append(el('li', 'None.', { class: 'empty' }));
    state.near.forEach((circle, i) => {
      const li = el('li');
      const name = el('span', circle.place, { class: 'place-name' });
      const radius = el('input', null, { type: 'number', id: 'near-radius-' + i, min: '1', max: '2000', step: '1', 'aria-label': `Radius in km around ${circle.place}` });
      radius.value = String(circle.radiusKm);
      radius.addEventListener('change', () => { circle.radiusKm = Number(radius.value); });
      const unit = el('span', 'km', { class: 'hint', 'aria-hidden': 'true' });
      const remove = el('button', 'Remove', { type: 'button' });
      remove.setAttribute('aria-label', 'Remove ' + circle.place);
      remove.addEventListener('click', () => {
        state.near.splice(i, 1);
        renderNear();
        $('near-place').focus();
      });
      li.append(name, radius, unit, remove);
      list.append(li);
    });
  }

  function addNear() {
    const place = $('near-place').value.trim();
    const radiusKm = Number($('near-km').value);
    if (!place) { $('near-place').focus(); return; }
    const same = state.near.find((n) => n.place.toLowerCase() === place.toLowerCase());
    if (same) same.radiusKm = radiusKm; else state.near.push({ place, radiusKm });
    $('near-place').value = '';
    renderNear();
  }

  // ---- time zones ----

  function setZone(zone) {
    const select = $('zone');
    if (![...select.options].some((o) => o.value === zone)) select.append(el('option', zone, { value: zone }));
    select.value = zone;
  }

  async function searchZones() {
    const current = $('zone').value;
    try {
      const zones = await api('GET', '/zones?q=' + encodeURIComponent($('zone-search').value.trim()));
      const select = $('zone');
      select.replaceChildren(...zones.map((z) => el('option', `${z.id} (UTC${z.offset})`, { value: z.id })));
      if (current && !zones.some((z) => z.id === current)) select.prepend(el('option', current, { value: current }));
      select.value = current || (zones[0] && zones[0].id) || '';
    } catch (e) {
      handle(e);
    }
  }

  // ---- the sample alert: Telegram HTML rebuilt from allowed tags only ----

  const allowed = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'INS', 'S', 'STRIKE', 'DEL', 'CODE', 'PRE', 'BLOCKQUOTE', 'A']);

  function rebuild(source, target) {
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        target.append(document.createTextNode(node.data));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        let copy;
        if (allowed.has(node.tagName)) {
          copy = document.createElement(node.tagName.toLowerCase());
          const href = node.tagName === 'A' ? node.getAttribute('href') || '' : '';
          if (/^https?:\/\//i.test(href)) {
            copy.setAttribute('href', href);
            copy.setAttribute('rel', 'noopener noreferrer');
            copy.setAttribute('target', '_blank');
          }
        } else {
          copy = document.createElement('span'); // tg-time and anything else: its text only
        }
        rebuild(node, copy);
        target.append(copy);
      }
    }
  }

  let sampleTimer = 0;
  function scheduleSample() {
    clearTimeout(sampleTimer);
    sampleTimer = setTimeout(renderSample, 250);
  }

  let sampling = 0;
  async function renderSample() {
    const ticket = ++sampling;
    const doc = readForm();
    try {
      const sample = await api('POST', '/sample', doc);
      if (ticket !== sampling) return; // a newer sample is on its way
      // DOMParser builds an inert document: no script runs, nothing loads.
      const parsed = new DOMParser().parseFromString(sample.html, 'text/html');
      const box = $('sample');
      box.replaceChildren();
      rebuild(parsed.body, box);
      $('sample-note').textContent = sample.digest
        ? 'Alerts wait for the daily digest; each is one line in it.'
        : sample.format === 'rich'
          ? 'Sent as a rich message: key times also in a table in each reader\'s own time, with a map.'
          : 'Sent as a classic text message.';
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 400)) handle(e);
    }
  }

  // ---- what changed ----

  function describe(field, s) {
    switch (field) {
      case 'mode': return s.mode === 'digest' ? `digest at ${s.digestTime}` : 'instant';
      case 'quiet': return s.quiet ? `${s.quiet.from}–${s.quiet.to} (${s.quiet.silent ? 'silent' : 'held'})` : 'off';
      default: return String(s[field]);
    }
  }

  function changes(before, after) {
    const out = [];
    for (const [field, name] of [['topics', 'Topics'], ['keywords', 'Keywords'], ['excludes', 'Excluded words']]) {
      const added = after[field].filter((t) => !before[field].includes(t));
      const removed = before[field].filter((t) => !after[field].includes(t));
      if (added.length || removed.length) {
        out.push(`${name}: ` + [...added.map((t) => '+ ' + t), ...removed.map((t) => '− ' + t)].join(', '));
      }
    }
    if (describe('mode', before) !== describe('mode', after)) out.push(`Mode: ${describe('mode', before)} → ${describe('mode', after)}`);
    const circle = (n) => `${n.place} ${n.radiusKm} km`;
    const nearBefore = (before.near || []).map(circle);
    const nearAfter = (after.near || []).map(circle);
    const nearAdded = nearAfter.filter((n) => !nearBefore.includes(n));
    const nearRemoved = nearBefore.filter((n) => !nearAfter.includes(n));
    if (nearAdded.length || nearRemoved.length) out.push('Places: ' + [...nearAdded.map((n) => '+ ' + n), ...nearRemoved.map((n) => '− ' + n)].join(', '));
    if (before.timeZone !== after.timeZone) out.push(`Time zone: ${before.timeZone} → ${after.timeZone}`);
    if (describe('quiet', before) !== describe('quiet', after)) out.push(`Quiet hours: ${describe('quiet', before)} → ${describe('quiet', after)}`);
    if (before.format !== after.format) out.push(`Format: ${before.format} → ${after.format}`);
    return out;
  }

  function showSaved(list) {
    const box = $('saved');
    box.replaceChildren();
    if (list.length === 0) {
      box.append(el('p', 'Saved. Nothing changed.'));
      return;
    }
    box.append(el('p', 'Saved. What changed:'));
    const ul = el('ul');
    for (const line of list) ul.append(el('li', line));
    box.append(ul);
  }

  // ---- field errors from a 400 (problem+json "errors": {field: [messages]}) ----

  const controls = { topics: 'topic-search', keywords: 'keywords', excludes: 'excludes', near: 'near-place', mode: 'mode-digest', digestTime: 'digest-time', timeZone: 'zone', quiet: 'quiet-from', format: 'format-rich' };

  function clearFieldErrors() {
    for (const f of fields) {
      const box = $(f + '-error');
      if (box) { box.hidden = true; box.textContent = ''; }
      $(controls[f]).removeAttribute('aria-invalid');
    }
  }

  function showFieldErrors(errors) {
    let first = null;
    for (const [field, messages] of Object.entries(errors || {})) {
      const box = $(field + '-error') || $('error');
      box.textContent = messages.join('; ');
      box.hidden = false;
      const control = controls[field] && $(controls[field]);
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        first = first || control;
      }
    }
    showError('Not saved: ' + Object.entries(errors || {}).map(([f, m]) => `${f} — ${m.join('; ')}`).join(' · '));
    if (first) first.focus();
  }

  function handle(e) {
    if (e instanceof ApiError && e.status === 401) return fatal(e);
    showError(e.message);
  }

  // ---- loading a chat, saving ----

  let opening = 0;
  async function openChat(id) {
    // Picking another chat while one is loading: only the last one picked fills the form.
    const ticket = ++opening;
    state.chatId = id;
    clearError();
    clearFieldErrors();
    $('saved').replaceChildren();
    try {
      const settings = await api('GET', `/chats/${id}/settings`);
      if (ticket !== opening) return;
      state.saved = settings;
      fillForm(settings);
      $('settings').querySelectorAll('fieldset, #save').forEach((n) => { n.disabled = false; });
      scheduleSample();
      const alerts = await api('GET', `/chats/${id}/alerts`);
      if (ticket !== opening) return;
      const list = $('alerts');
      list.replaceChildren();
      if (alerts.length === 0) list.append(el('li', 'None yet.'));
      for (const a of alerts) {
        const li = el('li');
        if (a.sent) li.append(el('time', new Date(a.sent).toISOString().slice(0, 16).replace('T', ' ') + ' UTC', { datetime: a.sent }), ' — ');
        li.append(document.createTextNode(a.headline));
        list.append(li);
      }
    } catch (e) {
      if (ticket !== opening) return;
      $('settings').querySelectorAll('fieldset, #save').forEach((n) => { n.disabled = true; });
      $('chat').disabled = false;
      handle(e);
    }
  }

  async function save(event) {
    event.preventDefault();
    clearError();
    clearFieldErrors();
    const button = $('save');
    button.disabled = true;
    $('saved').replaceChildren(el('p', 'Saving…'));
    try {
      const saved = await api('PUT', `/chats/${state.chatId}/settings`, readForm());
      const list = changes(state.saved, saved);
      state.saved = saved;
      fillForm(saved);
      showSaved(list);
      if (tg && tg.HapticFeedback) tg.HapticFeedback.notificationOccurred('success');
    } catch (e) {
      $('saved').replaceChildren();
      if (e instanceof ApiError && e.status === 400) showFieldErrors(e.problem.errors);
      else handle(e);
    } finally {
      button.disabled = false;
    }
  }

  function debounce(fn, ms) {
    let timer = 0;
    return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  async function start() {
    if (tg) {
      tg.ready();
      tg.expand();
      document.documentElement.dataset.colorScheme = tg.colorScheme || 'light';
    }
    if (!initData) {
      fatal(new Error('Open this page from Telegram: the bot\'s menu button or /settings in a private chat with the bot.'));
      return;
    }
    try {
      state.chats = await api('GET', '/chats');
    } catch (e) {
      fatal(e);
      return;
    }
    const select = $('chat');
    select.replaceChildren(...state.chats.map((c) => el('option', c.type === 'private' ? c.title : `${c.title} (${c.type})`, { value: String(c.id) })));
    // Opened from a group's /settings link: that chat. Not in the list? The server says why (403) when it is opened.
    const wanted = new URLSearchParams(location.search).get('chat');
    if (wanted && /^-?\d+$/.test(wanted)) {
      if (!state.chats.some((c) => String(c.id) === wanted)) select.append(el('option', 'Chat ' + wanted, { value: wanted }));
      select.value = wanted;
    }
    select.addEventListener('change', () => openChat(select.value));
    $('topic-search').addEventListener('input', debounce(searchTopics, 200));
    $('zone-search').addEventListener('input', debounce(searchZones, 200));
    $('settings').addEventListener('input', (e) => {
      if (e.target.id !== 'topic-search' && e.target.id !== 'zone-search') { syncDisabled(); scheduleSample(); }
    });
    $('settings').addEventListener('change', () => { syncDisabled(); scheduleSample(); });
    $('settings').addEventListener('submit', save);
    $('near-add').addEventListener('click', addNear);
    $('near-place').addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); addNear(); } });
    $('loading').hidden = true;
    $('settings').hidden = false;
    $('main').setAttribute('aria-busy', 'false');
    await Promise.all([searchTopics(), searchZones()]);
    await openChat(select.value);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
