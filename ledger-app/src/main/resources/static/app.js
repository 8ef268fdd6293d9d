/*
 * The ledger's dashboard: a single page over the REST API, signed in with an API key (sent as a bearer
 * token, kept in this tab's sessionStorage). Decimals are shown exactly as the API sends them (strings);
 * they become JavaScript numbers only as chart coordinates. Every chart publishes the series it plotted
 * as a JSON script element (class "chart-data") so tests can compare them with the API.
 */
(function () {
  'use strict';

  var KEY = 'ledger.apiKey';
  var main = document.getElementById('main');
  var statusBox = document.getElementById('status');
  var errorBox = document.getElementById('error');
  var charts = [];
  var pendingCharts = [];
  var generation = 0; // bumped by every navigation: a page still loading for an older one never renders

  // ---- small DOM helpers ----------------------------------------------------------------------------

  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === 'on') {
        Object.keys(value).forEach(function (ev) { el.addEventListener(ev, value[ev]); });
      } else if (name === 'text') {
        el.textContent = value;
      } else {
        el.setAttribute(name, value === true ? '' : value);
      }
    });
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }

  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }

  /** A value as the API sent it: strings verbatim, null as an em dash, objects as compact JSON. */
  function show(value) {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  function isDecimal(value) {
    return typeof value === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(value);
  }

  function figures(object, fields) {
    var dl = h('dl', { 'class': 'figures' });
    (fields || Object.keys(object)).forEach(function (name) {
      if (!(name in object)) return;
      dl.appendChild(h('dt', { text: name }));
      dl.appendChild(h('dd', { 'data-field': name, text: show(object[name]) }));
    });
    return dl;
  }

  /** A table with a caption; columns are [header, function(row) → text or node]. */
  function table(caption, columns, rows, attrs) {
    var head = h('tr', {}, columns.map(function (c) { return h('th', { scope: 'col', text: c[0] }); }));
    var body = h('tbody', {}, rows.map(function (row) {
      return h('tr', {}, columns.map(function (c) {
        var value = c[1](row);
        var text = value instanceof Node ? null : show(value);
        return h('td', { 'class': text !== null && isDecimal(text) ? 'num' : null, 'data-col': c[0] },
          value instanceof Node ? value : text);
      }));
    }));
    if (!rows.length) body.appendChild(h('tr', {}, h('td', { colspan: columns.length, 'class': 'muted', text: 'none' })));
    return h('div', { 'class': 'scroll' }, h('table', attrs || {}, h('caption', { text: caption }), h('thead', {}, head), body));
  }

  function card(title, id) {
    var headingId = 'h-' + id;
    return h('section', { 'class': 'card', 'aria-labelledby': headingId, id: id }, h('h2', { id: headingId, text: title }));
  }

  /** What a section shows instead of data this key may not read. */
  function notVisible(error) {
    return h('p', { 'class': 'muted', text: error.status === 403 ? 'Not visible to this key: ' + error.message : error.message });
  }

  function link(href, text) { return h('a', { href: href, text: text }); }

  function enc(s) { return encodeURIComponent(s); }

  function say(text) { statusBox.textContent = text || ''; }

  function fail(error) {
    errorBox.hidden = false;
    errorBox.textContent = error && error.message ? error.message : String(error);
    say('');
  }

  function clearError() { errorBox.hidden = true; errorBox.textContent = ''; }

  // ---- API ------------------------------------------------------------------------------------------

  function key() { return sessionStorage.getItem(KEY); }

  function pause(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  /** One API call; a 429 (rate limit) is retried after the Retry-After the server gives, at most 3 times. */
  function request(method, path, body, accept, attempt) {
    attempt = attempt || 0;
    var headers = { 'Accept': accept || 'application/json' };
    if (key()) headers['Authorization'] = 'Bearer ' + key();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (res) {
        if (res.ok) return accept && accept !== 'application/json' ? res.text() : res.json();
        if (res.status === 429 && attempt < 3) {
          var wait = Number(res.headers.get('Retry-After')) || 1;
          return pause(Math.min(wait, 10) * 1000).then(function () { return request(method, path, body, accept, attempt + 1); });
        }
        return res.text().then(function (text) {
          var detail = text;
          try { var problem = JSON.parse(text); detail = problem.detail || problem.title || text; } catch (ignored) { /* not JSON */ }
          var error = new Error((res.status === 401 ? 'Not signed in or key refused: ' : res.status === 403
            ? 'Not allowed for this key: ' : 'The ledger answered ' + res.status + ': ') + detail);
          error.status = res.status;
          if (res.status === 401) { sessionStorage.removeItem(KEY); }
          throw error;
        });
      });
  }

  function get(path) { return request('GET', path); }

  function download(path, filename) {
    return request('GET', path, undefined, 'text/csv').then(function (text) {
      var url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
      var a = h('a', { href: url, download: filename });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      say('Downloaded ' + filename);
    }).catch(fail);
  }

  // ---- charts ---------------------------------------------------------------------------------------

  /**
   * A line chart. series: [{label, points: [[xText, yText], ...]}], x numeric or time (instants).
   * The exact strings are kept for the legend and the data table; numbers only place the points.
   */
  function chart(id, title, xLabel, series, options) {
    options = options || {};
    var time = !!options.time;
    var xs = [];
    var seen = {};
    series.forEach(function (s) {
      s.points.forEach(function (p) { if (!seen[p[0]]) { seen[p[0]] = true; xs.push(p[0]); } });
    });
    var xNum = function (x) { return time ? Date.parse(x) / 1000 : Number(x); };
    xs.sort(function (a, b) { return xNum(a) - xNum(b); });
    var text = series.map(function (s) {
      var byX = {};
      s.points.forEach(function (p) { byX[p[0]] = p[1]; });
      return xs.map(function (x) { return x in byX ? byX[x] : null; });
    });
    var data = [xs.map(xNum)].concat(text.map(function (column) {
      return column.map(function (y) { return y === null ? null : Number(y); });
    }));
    var published = { id: id, x: xs, series: series.map(function (s, i) { return { label: s.label, y: text[i] }; }),
      mark: options.mark || null };
    var area = h('div', { 'class': 'chart-area', 'aria-hidden': 'true' });
    var dataTable = table(title + ' (data)', [[xLabel, function (r) { return r.x; }]].concat(series.map(function (s, i) {
      return [s.label, function (r) { return r.y[i]; }];
    })), xs.map(function (x, row) { return { x: x, y: text.map(function (column) { return column[row]; }) }; }));
    var figure = h('figure', { 'class': 'chart', id: 'chart-' + id, 'data-chart': id, role: 'group',
        'aria-label': title + ': ' + xs.length + ' points; the data table below lists them' },
      h('figcaption', { text: title + (options.mark ? ' — ' + options.mark.label + ' at ' + options.mark.x : '') }), area,
      h('script', { type: 'application/json', 'class': 'chart-data', 'data-chart': id, text: JSON.stringify(published) }),
      h('details', {}, h('summary', { text: 'Data table' }), dataTable));
    var draw = function () {
      var width = Math.max(280, area.clientWidth || 600);
      var plot = new uPlot({
        width: width, height: 240,
        scales: { x: { time: time } },
        hooks: options.mark ? { draw: [function (u) { markLine(u, xNum(options.mark.x)); }] } : {},
        axes: [{ label: xLabel, values: options.time ? undefined : tickLabels, incrs: options.integerX ? [1, 2, 5, 10, 20, 50] : undefined },
          { size: 70, values: tickLabels }],
        series: [{ label: xLabel, value: function (u, v, si, idx) { return idx === null ? '' : xs[idx]; } }]
          .concat(series.map(function (s, i) {
            return { label: s.label, stroke: ['#0b5cad', '#c25400', '#17663a', '#7a2ca0', '#a31515'][i % 5],
              width: 2, spanGaps: true, points: { show: xs.length < 60 },
              paths: s.stepped ? uPlot.paths.stepped({ align: 1 }) : undefined,
              value: function (u, v, si, idx) { return idx === null || text[i][idx] === null ? '—' : text[i][idx]; } };
          }))
      }, data, area);
      figure.setAttribute('data-points', String(plot.data[0].length));
      charts.push(plot);
    };
    pendingCharts.push(draw);
    return figure;
  }

  /** Axis ticks only (never a figure of the ledger): short forms such as 1.5M so they fit a phone. */
  function tickLabels(u, ticks) {
    return ticks.map(function (t) {
      var a = Math.abs(t);
      if (a >= 1e9) return +(t / 1e9).toPrecision(3) + 'G';
      if (a >= 1e6) return +(t / 1e6).toPrecision(3) + 'M';
      if (a >= 1e4) return +(t / 1e3).toPrecision(3) + 'k';
      return String(+t.toPrecision(4));
    });
  }

  function markLine(u, x) {
    var left = u.valToPos(x, 'x', true);
    var ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = '#a31515';
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(left, u.bbox.top);
    ctx.lineTo(left, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (plot) {
      var parent = plot.root.parentNode;
      if (parent && parent.clientWidth) plot.setSize({ width: parent.clientWidth, height: 240 });
    });
  });

  // ---- sign-in --------------------------------------------------------------------------------------

  function signIn(message) {
    document.getElementById('nav').hidden = true;
    var input = h('input', { id: 'api-key', name: 'apiKey', type: 'password', autocomplete: 'current-password',
      required: true, size: 40, 'aria-describedby': 'api-key-help' });
    var form = h('form', { 'class': 'card', id: 'sign-in', 'aria-labelledby': 'sign-in-title' },
      h('h1', { id: 'sign-in-title', text: 'Sign in' }),
      h('p', { id: 'api-key-help', text: 'Use an API key of the ledger, the same one you send to the API as '
        + '"Authorization: Bearer <key>". The first admin key is in the data folder, in admin.key.' }),
      h('label', { 'for': 'api-key', text: 'API key' }), input, ' ',
      h('button', { type: 'submit', id: 'sign-in-submit', text: 'Sign in' }));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      sessionStorage.setItem(KEY, input.value.trim());
      get('/api/pools').then(function () {
        clearError();
        if (!location.hash || location.hash === '#/sign-in') location.hash = '#/pools'; else route();
      }).catch(function (error) {
        sessionStorage.removeItem(KEY);
        fail(error.status === 401 ? new Error('The key was refused. Check it and try again.') : error);
        input.focus();
      });
    });
    render([form]);
    if (message) fail(new Error(message));
    input.focus();
  }

  document.getElementById('sign-out').addEventListener('click', function () {
    sessionStorage.removeItem(KEY);
    location.hash = '#/sign-in';
  });

  // ---- pages ----------------------------------------------------------------------------------------

  /** Replaces the page; charts built for it are drawn once it is in the document (they need its width). */
  function render(nodes, title, token) {
    if (token !== undefined && token !== generation) { pendingCharts = []; return; }
    charts.forEach(function (plot) { plot.destroy(); });
    charts = [];
    main.replaceChildren();
    append(main, nodes);
    var draws = pendingCharts;
    pendingCharts = [];
    draws.forEach(function (draw) { draw(); });
    document.title = (title ? title + ' · ' : '') + 'Staking ledger';
  }

  function loading(what) {
    render([h('p', { text: 'Loading ' + what + '…' })], what);
    say('Loading ' + what);
    return generation;
  }

  function done(what, token) {
    if (token !== generation) return;
    main.setAttribute('data-ready', what);
    say(what + ' loaded');
    main.focus({ preventScroll: true });
  }

  /** Maps items through an API call, at most {@code limit} calls in flight, answers in the items' order. */
  function mapLimited(items, limit, call) {
    var results = new Array(items.length);
    var next = 0;
    function worker() {
      if (next >= items.length) return Promise.resolve();
      var index = next++;
      return call(items[index]).then(function (result) { results[index] = result; return worker(); });
    }
    var workers = [];
    for (var i = 0; i < Math.min(limit, items.length); i++) workers.push(worker());
    return Promise.all(workers).then(function () { return results; });
  }

  function safely(promise) { return promise.catch(function (error) { return { error: error }; }); }

  function poolState(program, view) {
    if (!view || view.error) return view && view.error ? view.error.message : '—';
    if (program === 'early-staking') {
      return view.ended ? 'ended after ' + view.epochs + ' epochs' : 'epoch ' + view.epoch + ' of ' + view.epochs;
    }
    return 'last event ' + show(view.lastEventAt || view.at);
  }

  var KEY_FIGURES = {
    'early-staking': ['sharePrice', 'totalShares', 'shareCap', 'sold'],
    'points-boost': ['totalStaked', 'stakers', 'price'],
    'governance-mining': ['staked', 'feesSwept', 'rewardsPaid'],
    'vote-escrow': ['totalLocked', 'vKspTotal', 'lockedAccounts']
  };

  function poolsPage() {
    var token = loading('Pools');
    return Promise.all([get('/api/pools'), safely(get('/api/audit'))]).then(function (both) {
      var audits = {};
      if (!both[1].error) both[1].forEach(function (a) { audits[a.pool] = a.chain ? a : { chain: { ok: false, events: 0 } }; });
      return mapLimited(both[0], 6, function (p) {
        return safely(get('/api/pools/' + enc(p.pool))).then(function (view) {
          return { summary: p, view: view, audit: audits[p.pool] || { error: both[1].error || new Error('no audit') } };
        });
      });
    }).then(function (rows) {
      var overview = table('Every pool with its program, state, key figures and audit status', [
        ['Pool', function (r) { return link('#/pool/' + enc(r.summary.pool), r.summary.pool); }],
        ['Program', function (r) { return r.summary.program; }],
        ['State', function (r) { return poolState(r.summary.program, r.view); }],
        ['Key figures', function (r) {
          if (r.view.error) return '—';
          return figures(r.view, KEY_FIGURES[r.summary.program] || []);
        }],
        ['Chain', function (r) {
          if (r.audit.error) return h('span', { 'class': 'muted', text: 'not visible to this key' });
          return h('span', { 'class': r.audit.chain.ok ? 'ok' : 'bad',
            text: (r.audit.chain.ok ? 'intact' : 'broken') + ', ' + r.audit.chain.events + ' events' });
        }],
        ['Head hash', function (r) {
          return r.audit.error || !r.audit.chain.headHash ? '—' : h('code', { 'class': 'hash', text: r.audit.chain.headHash });
        }]
      ], rows, { id: 'pools-table' });
      render([h('h1', { text: 'Pools' }), overview, createPoolForm()], 'Pools', token);
      done('Pools', token);
    });
  }

  function createPoolForm() {
    var form = h('form', { 'class': 'card', id: 'create-pool', 'aria-labelledby': 'create-pool-title' },
      h('h2', { id: 'create-pool-title', text: 'Create a pool' }),
      h('p', { 'class': 'muted', text: 'Parameters left empty take the defaults of the specification. '
        + 'Early-staking pools start their first epoch at "start" (default: now).' }),
      h('label', { 'for': 'new-pool', text: 'Pool id' }),
      h('input', { id: 'new-pool', name: 'pool', required: true, pattern: '[A-Za-z0-9._-]{1,64}' }), ' ',
      h('label', { 'for': 'new-program', text: 'Program' }),
      h('select', { id: 'new-program', name: 'program' },
        ['early-staking', 'points-boost', 'governance-mining', 'vote-escrow'].map(function (p) {
          return h('option', { value: p, text: p });
        })), ' ',
      h('label', { 'for': 'new-params', text: 'Parameters (JSON object)' }),
      h('input', { id: 'new-params', name: 'params', placeholder: '{"start":"2026-01-05T00:00:00Z"}', size: 36 }), ' ',
      h('button', { type: 'submit', text: 'Create' }));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var pool = form.querySelector('#new-pool').value.trim();
      var paramsText = form.querySelector('#new-params').value.trim();
      var params;
      try { params = paramsText ? JSON.parse(paramsText) : {}; } catch (e) { fail(new Error('Parameters are not a JSON object')); return; }
      request('POST', '/api/pools', { pool: pool, program: form.querySelector('#new-program').value, params: params })
        .then(function () { clearError(); location.hash = '#/pool/' + enc(pool); }).catch(fail);
    });
    return form;
  }

  var COMMANDS = {
    'early-staking': ['Purchase', 'Stake', 'ExerciseDcr', 'Withdraw', 'CloseEpoch', 'Reserve', 'CancelReservation',
      'RealizeReservations', 'ConvertPrincipal'],
    'points-boost': ['Stake', 'Unstake', 'SetBasePoints', 'SetPrice'],
    'governance-mining': ['RequestStake', 'IncludePending', 'SweepFees', 'Claim', 'Unstake'],
    'vote-escrow': ['Lock', 'Unlock', 'EndRenewal', 'DistributeRewards', 'Vote', 'RecordPoolFees', 'SetPrice']
  };

  function commandForm(pool, program) {
    var form = h('form', { 'class': 'card', id: 'command', 'aria-labelledby': 'command-title' },
      h('h2', { id: 'command-title', text: 'Record a command' }),
      h('label', { 'for': 'command-type', text: 'Command' }),
      h('select', { id: 'command-type' }, (COMMANDS[program] || []).map(function (c) { return h('option', { value: c, text: c }); })), ' ',
      h('label', { 'for': 'command-body', text: 'Fields (JSON object)' }),
      h('input', { id: 'command-body', size: 48, placeholder: '{"account":"alice","amount":"1000"}' }), ' ',
      h('button', { type: 'submit', text: 'Send' }),
      h('p', { 'class': 'muted', text: 'Fields are those of the specification; "at" defaults to now.' }));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body;
      try { body = JSON.parse(form.querySelector('#command-body').value || '{}'); } catch (e) { fail(new Error('Fields are not a JSON object')); return; }
      request('POST', '/api/pools/' + enc(pool) + '/commands/' + enc(form.querySelector('#command-type').value), body)
        .then(function () { clearError(); route(); }).catch(fail);
    });
    return form;
  }

  function positionsCard(pool, program) {
    var section = card('Positions', 'positions');
    var search = h('input', { id: 'positions-search', type: 'search', name: 'search' });
    var holder = h('div', {});
    var cursors = [null];
    var load = function () {
      var cursor = cursors[cursors.length - 1];
      var query = '?limit=20' + (cursor ? '&cursor=' + enc(cursor) : '') + (search.value ? '&search=' + enc(search.value) : '');
      return get('/api/pools/' + enc(pool) + '/positions' + query).then(function (page) {
        var columns = [['Account', function (p) { return link('#/account/' + enc(pool) + '/' + enc(p.account), p.account); }]]
          .concat(POSITION_COLUMNS[program].map(function (name) { return [name, function (p) { return p[name]; }]; }));
        var prev = h('button', { type: 'button', 'class': 'link', text: 'Previous page', disabled: cursors.length === 1 });
        var next = h('button', { type: 'button', 'class': 'link', text: 'Next page', disabled: !page.nextCursor });
        prev.addEventListener('click', function () { cursors.pop(); load(); });
        next.addEventListener('click', function () { cursors.push(page.nextCursor); load(); });
        holder.replaceChildren(table('Positions, page ' + cursors.length, columns, page.positions, { id: 'positions-table' }),
          h('div', { 'class': 'pager' }, prev, next));
      }).catch(function (error) { holder.replaceChildren(notVisible(error)); });
    };
    var form = h('form', { role: 'search' }, h('label', { 'for': 'positions-search', text: 'Account contains' }), search, ' ',
      h('button', { type: 'submit', text: 'Search' }));
    form.addEventListener('submit', function (event) { event.preventDefault(); cursors = [null]; load(); });
    append(section, [form, holder]);
    return { node: section, loaded: load() };
  }

  var POSITION_COLUMNS = {
    'early-staking': ['weightedShares', 'debt', 'value', 'withdrawable', 'leverage', 'reserved'],
    'points-boost': ['staked', 'stakingMultiplier', 'totalPointsPerDay', 'pointsAccrued'],
    'governance-mining': ['staked', 'rewardAccrued', 'claimPenaltyRate', 'stakeBurned'],
    'vote-escrow': ['locked', 'vKsp', 'term', 'lockEnd', 'stakingAprPercent']
  };

  function poolPage(pool) {
    var token = loading('Pool ' + pool);
    var base = '/api/pools/' + enc(pool);
    return Promise.all([get(base), safely(get('/api/pools'))]).then(function (both) {
      var view = both[0];
      var listed = both[1].error ? [] : both[1].filter(function (p) { return p.pool === pool; });
      var summary = listed.length ? listed[0] : { pool: pool, program: view.program || programOf(view) };
      var program = summary.program;
      return programSections(pool, program, view, summary).then(function (sections) {
        var positions = positionsCard(pool, program);
        var overview = card('Figures', 'figures');
        overview.appendChild(figures(view));
        render([h('h1', { text: 'Pool ' + pool }), h('p', { text: 'Program ' + program + '. ' + poolState(program, view) }),
          h('div', { 'class': 'grid' }, sections), overview, positions.node, commandForm(pool, program)], 'Pool ' + pool, token);
        return positions.loaded.then(function () { done('Pool ' + pool, token); });
      });
    });
  }

  function programOf(view) {
    if ('sharePrice' in view && 'shareCap' in view) return 'early-staking';
    if ('totalStakingPointsPerDay' in view) return 'points-boost';
    if ('feesSwept' in view) return 'governance-mining';
    return 'vote-escrow';
  }

  function programSections(pool, program, view, summary) {
    var base = '/api/pools/' + enc(pool);
    if (program === 'early-staking') {
      return Promise.all([get(base + '/views/epbCurve'), get(base + '/views/sharePrices'), get(base + '/views/reservations')])
        .then(function (all) { return earlyStakingSections(view, all[0], all[1].sharePrices, all[2].queue); });
    }
    if (program === 'points-boost') return historySections(pool, program, summary);
    if (program === 'governance-mining') {
      return Promise.all([safely(get(base + '/views/penalties')), historySections(pool, program, summary)]).then(function (all) {
        return [governanceSection(view, all[0])].concat(all[1]);
      });
    }
    return Promise.all([get(base + '/views/aprHistory'), historySections(pool, program, summary)]).then(function (all) {
      return [voteEscrowSection(all[0].aprHistory)].concat(all[1]);
    });
  }

  function earlyStakingSections(view, curve, prices, queue) {
    // Purchases follow one another along the sale, so their spans draw as one step line: each purchase's
    // effective bonus from where it started, held until the next one (the last until the sold mark).
    var spans = curve.purchases.map(function (p) { return [p.soldBefore, p.effectiveBonus]; });
    if (curve.purchases.length) {
      var last = curve.purchases[curve.purchases.length - 1];
      spans.push([addDecimal(last.soldBefore, last.amount), last.effectiveBonus]);
    }
    var curveCard = card('EPB curve over the sale', 'epb');
    curveCard.appendChild(chart('epb', 'EPB by KASH sold (' + curve.sold + ' of ' + curve.saleSupply + ' sold)', 'KASH sold', [
      { label: 'EPB(q)', points: curve.points.map(function (p) { return [p.q, p.epb]; }) },
      { label: 'purchase E(EPB)', points: spans, stepped: true }
    ], { mark: { label: 'sold', x: curve.sold } }));
    curveCard.appendChild(table('Purchases', [['Account', function (p) { return p.account; }],
      ['From q', function (p) { return p.soldBefore; }], ['Amount', function (p) { return p.amount; }],
      ['E(EPB)', function (p) { return p.effectiveBonus; }], ['At', function (p) { return p.at; }]], curve.purchases, { id: 'purchases-table' }));
    var priceCard = card('Share price after each epoch', 'share-price');
    priceCard.appendChild(chart('sharePrice', 'Share price by epoch', 'epoch', [
      { label: 'share price', points: prices.map(function (r) { return [String(r.epoch), r.sharePrice]; }) }], { integerX: true }));
    var rewardsCard = card('Rewards per epoch', 'rewards');
    rewardsCard.appendChild(chart('rewards', 'Rewards distributed and carried by epoch', 'epoch', [
      { label: 'distributed', points: prices.map(function (r) { return [String(r.epoch), r.rewardAdded]; }) },
      { label: 'carried', points: prices.map(function (r) { return [String(r.epoch), r.rewardCarried]; }) }], { integerX: true }));
    rewardsCard.appendChild(table('Rewards per epoch', [['Epoch', function (r) { return r.epoch; }],
      ['Closed at', function (r) { return r.closedAt; }], ['Distributed', function (r) { return r.rewardAdded; }],
      ['Carried', function (r) { return r.rewardCarried; }], ['Share price', function (r) { return r.sharePrice; }]], prices, { id: 'epochs-table' }));
    var capacity = card('Capacity', 'capacity');
    append(capacity, [
      h('label', { 'for': 'capacity-meter', text: 'Weighted shares ' + view.totalShares + ' of the cap ' + view.shareCap }),
      h('meter', { id: 'capacity-meter', min: '0', max: view.shareCap, value: view.totalShares, text: view.totalShares }),
      figures(view, ['totalShares', 'shareCap', 'capacityLeft', 'reservedTotal', 'reservationQueueLength'])]);
    capacity.appendChild(table('Reservation queue, head first', [['Place', function (r) { return r.position; }],
      ['Account', function (r) { return r.account; }], ['Amount', function (r) { return r.amount; }],
      ['Since', function (r) { return r.since; }]], queue, { id: 'queue-table' }));
    return [curveCard, priceCard, rewardsCard, capacity];
  }

  /** Exact sum of two non-negative decimal strings (no float). */
  function addDecimal(a, b) {
    var fa = (a.split('.')[1] || ''), fb = (b.split('.')[1] || '');
    var scale = Math.max(fa.length, fb.length);
    var ia = BigInt(a.split('.')[0] + fa.padEnd(scale, '0')), ib = BigInt(b.split('.')[0] + fb.padEnd(scale, '0'));
    var sum = (ia + ib).toString().padStart(scale + 1, '0');
    if (!scale) return sum;
    var text = sum.slice(0, sum.length - scale) + '.' + sum.slice(sum.length - scale);
    return text.replace(/\.?0+$/, '');
  }

  function governanceSection(view, answer) {
    var section = card('Fees, stakes and burns', 'burns');
    append(section, figures(view, ['feesSwept', 'staked', 'burnedFromStakes', 'burnedFromRewards', 'rewardsPaid', 'undistributed']));
    if (answer.error) { section.appendChild(notVisible(answer.error)); return section; }
    var penalties = answer.penalties;
    section.appendChild(chart('burns', 'Penalties burned', 'time', [
      { label: 'burned', points: penalties.map(function (p) { return [p.at, p.amount]; }) }], { time: true }));
    section.appendChild(table('Burns', [['At', function (p) { return p.at; }], ['Account', function (p) { return p.account; }],
      ['Kind', function (p) { return p.kind; }], ['Amount', function (p) { return p.amount; }]], penalties, { id: 'burns-table' }));
    return section;
  }

  function voteEscrowSection(history) {
    var section = card('Staking APR after each distribution', 'apr');
    var terms = {};
    history.forEach(function (entry) { entry.terms.forEach(function (t) { (terms[t.term] = terms[t.term] || []).push([entry.at, t.stakingAprPercent]); }); });
    section.appendChild(chart('apr', 'Staking APR % by term', 'time', Object.keys(terms).sort().map(function (term) {
      return { label: term, points: terms[term] };
    }), { time: true }));
    return section;
  }

  var POOL_SERIES = {
    'points-boost': { title: 'Staked and staking points per day over time', fields: ['totalStaked', 'totalStakingPointsPerDay'] },
    'governance-mining': { title: 'Fees swept, stakes and burns over time', fields: ['feesSwept', 'staked', 'burnedFromStakes', 'burnedFromRewards'] },
    'vote-escrow': { title: 'Locked KSP and vKSP over time', fields: ['totalLocked', 'vKspTotal'] }
  };

  var ACCOUNT_SERIES = {
    'points-boost': { title: 'Multiplier and points over time', fields: ['stakingMultiplier', 'pointsAccrued', 'staked', 'basePointsPerDay'] },
    'governance-mining': { title: 'Claim penalty over time', fields: ['claimPenaltyRate', 'rewardAccrued', 'staked'] },
    'vote-escrow': { title: 'Lock, voting power and voting APR over time', fields: ['vKsp', 'locked', 'rewardsAccrued'], votes: true }
  };

  var SAMPLES = 13;

  /** SAMPLES evenly spaced instants from the pool's creation to its last event, as ISO-8601 text. */
  function lifeInstants(summary) {
    var end = Date.parse(summary.lastEventAt);
    var start = Date.parse(summary.createdAt || summary.lastEventAt);
    if (!(end > start)) start = end - 86400000;
    var instants = [];
    for (var i = 0; i < SAMPLES; i++) {
      instants.push(new Date(start + (end - start) * i / (SAMPLES - 1)).toISOString().replace('.000Z', 'Z'));
    }
    return instants;
  }

  /** Views as the ledger stood at each instant (point-in-time asOf); instants it cannot answer are left out. */
  function sampled(path, instants) {
    return Promise.all(instants.map(function (at) {
      return safely(get(path + (path.indexOf('?') < 0 ? '?' : '&') + 'asOf=' + enc(at)));
    })).then(function (views) {
      return views.map(function (v, i) { return { at: instants[i], v: v }; }).filter(function (r) { return !r.v.error; });
    });
  }

  /** The pool's totals and one account's position over the pool's life, sampled at SAMPLES instants. */
  function historySections(pool, program, summary) {
    var instants = lifeInstants(summary);
    var base = '/api/pools/' + enc(pool);
    var poolSpec = POOL_SERIES[program];
    var spec = ACCOUNT_SERIES[program];
    return Promise.all([sampled(base, instants), safely(get(base + '/positions?limit=1'))]).then(function (both) {
      var poolCard = card(poolSpec.title, 'pool-history');
      poolCard.appendChild(chart('poolHistory', poolSpec.title, 'time', poolSpec.fields.map(function (field) {
        return { label: field, points: both[0].map(function (r) { return [r.at, r.v[field]]; }) };
      }), { time: true }));
      var section = card(spec.title, 'account-series');
      var page = both[1];
      if (page.error) { section.appendChild(notVisible(page.error)); return [poolCard, section]; }
      if (!page.positions.length) { section.appendChild(h('p', { text: 'No account yet.' })); return [poolCard, section]; }
      var account = page.positions[0].account;
      return sampled(base + '/positions/' + enc(account), instants).then(function (points) {
        append(section, h('p', {}, 'Account ', link('#/account/' + enc(pool) + '/' + enc(account), account),
          ', as the ledger stood at ' + points.length + ' instants of the pool\u2019s life'));
        spec.fields.forEach(function (field) {
          section.appendChild(chart(field, field + ' of ' + account, 'time', [
            { label: field, points: points.map(function (r) { return [r.at, r.v[field]]; }) }], { time: true }));
        });
        if (spec.votes) {
          var targets = {};
          points.forEach(function (r) {
            (r.v.votes || []).forEach(function (vote) {
              if (vote.votingAprPercent !== null) (targets[vote.target] = targets[vote.target] || []).push([r.at, vote.votingAprPercent]);
            });
          });
          section.appendChild(chart('votingApr', 'Voting APR % of ' + account + ' by target', 'time',
            Object.keys(targets).sort().map(function (target) { return { label: target, points: targets[target] }; }), { time: true }));
        }
        return [poolCard, section];
      });
    });
  }

  function accountPage(pool, account) {
    var token = loading('Account ' + account);
    var base = '/api/pools/' + enc(pool);
    return Promise.all([get(base + '/positions/' + enc(account)), get(base + '/accounts/' + enc(account) + '/statement')])
      .then(function (all) {
        var position = all[0], statement = all[1];
        var now = card('Position now', 'position-now');
        now.appendChild(figures(position));
        var past = card('Position at a chosen instant or epoch', 'position-then');
        var asOf = h('input', { id: 'as-of', name: 'asOf', placeholder: '2026-01-12T00:00:00Z' });
        var asOfEpoch = h('input', { id: 'as-of-epoch', name: 'asOfEpoch', inputmode: 'numeric', size: 6 });
        var pastResult = h('div', { id: 'position-then-result', 'aria-live': 'polite' });
        var pastForm = h('form', {}, h('label', { 'for': 'as-of', text: 'As of instant' }), asOf, ' ',
          statement.program === 'early-staking' ? [h('label', { 'for': 'as-of-epoch', text: 'or after epoch' }), asOfEpoch, ' '] : null,
          h('button', { type: 'submit', text: 'Show' }));
        pastForm.addEventListener('submit', function (event) {
          event.preventDefault();
          var q = asOfEpoch.value ? '?asOfEpoch=' + enc(asOfEpoch.value) : '?asOf=' + enc(asOf.value);
          get(base + '/positions/' + enc(account) + q).then(function (then) {
            clearError();
            pastResult.replaceChildren(h('p', { text: 'As the ledger stood ' + (asOfEpoch.value ? 'after epoch ' + asOfEpoch.value : 'at ' + asOf.value) }),
              figures(then));
          }).catch(fail);
        });
        append(past, [pastForm, pastResult]);
        render([h('h1', { text: 'Account ' + account + ' in pool ' + pool }), now, past,
          statementCard(pool, account, statement), reportCard(pool, account)], 'Account ' + account, token);
        done('Account ' + account, token);
      });
  }

  function statementCard(pool, account, statement) {
    var section = card('Statement', 'statement');
    var holder = h('div', {});
    var size = 10;
    var page = 0;
    var pages = Math.max(1, Math.ceil(statement.entries.length / size));
    var draw = function () {
      var rows = statement.entries.slice(page * size, page * size + size);
      var prev = h('button', { type: 'button', 'class': 'link', text: 'Previous page', disabled: page === 0 });
      var next = h('button', { type: 'button', 'class': 'link', text: 'Next page', disabled: page >= pages - 1 });
      prev.addEventListener('click', function () { page--; draw(); });
      next.addEventListener('click', function () { page++; draw(); });
      holder.replaceChildren(table('Events of ' + account + ', page ' + (page + 1) + ' of ' + pages, [
        ['Sequence', function (e) { return e.sequence; }], ['At', function (e) { return e.at; }],
        ['Event', function (e) { return e.type; }],
        ['Amount', function (e) { return e.event && (e.event.amount || e.event.dcr || e.event.reward); }],
        ['Position after', function (e) { return figures(e.position || {}, POSITION_COLUMNS[statement.program]); }]
      ], rows, { id: 'statement-table' }), h('div', { 'class': 'pager' }, prev, next));
    };
    var csv = h('button', { type: 'button', id: 'statement-csv', text: 'Export CSV' });
    csv.addEventListener('click', function () {
      download('/api/pools/' + enc(pool) + '/accounts/' + enc(account) + '/statement?format=csv', pool + '-' + account + '-statement.csv');
    });
    draw();
    append(section, [h('p', {}, statement.entries.length + ' events. ', csv), holder]);
    return section;
  }

  function reportCard(pool, account) {
    var section = card('Rewards report for a period', 'report');
    var from = h('input', { id: 'report-from', required: true, placeholder: '2026-01-01T00:00:00Z' });
    var to = h('input', { id: 'report-to', required: true, placeholder: '2026-02-01T00:00:00Z' });
    var result = h('div', { id: 'report-result', 'aria-live': 'polite' });
    var query = function () {
      return '/api/pools/' + enc(pool) + '/reports/rewards?from=' + enc(from.value) + '&to=' + enc(to.value) + '&account=' + enc(account);
    };
    var csv = h('button', { type: 'button', id: 'report-csv', text: 'Export CSV' });
    csv.addEventListener('click', function () { download(query() + '&format=csv', pool + '-' + account + '-rewards.csv'); });
    var form = h('form', {}, h('label', { 'for': 'report-from', text: 'From' }), from, ' ',
      h('label', { 'for': 'report-to', text: 'To' }), to, ' ', h('button', { type: 'submit', text: 'Report' }), ' ', csv);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      get(query()).then(function (report) {
        clearError();
        result.replaceChildren(table('Rewards of ' + account + ' from ' + report.from + ' to ' + report.to + ' (' + report.rewardUnit + ')', [
          ['Account', function (l) { return l.account; }], ['Deposited', function (l) { return l.deposited; }],
          ['Withdrawn', function (l) { return l.withdrawn; }], ['Rewards', function (l) { return l.rewards; }]
        ], report.accounts, { id: 'report-table' }),
        table('Rewards by slice', [['Slice', function (s) { return s.label; }], ['Rewards', function (s) { return s.rewards; }]],
          report.accounts.length ? report.accounts[0].slices : []));
      }).catch(fail);
    });
    append(section, [form, result]);
    return section;
  }

  function auditPage() {
    var token = loading('Audit');
    return get('/api/audit').then(function (audits) {
      var rows = table('Hash chain, conservation laws and command ids per pool', [
        ['Pool', function (a) { return link('#/pool/' + enc(a.pool), a.pool); }],
        ['Program', function (a) { return a.program; }],
        ['Audit', function (a) { return h('span', { 'class': a.ok ? 'ok' : 'bad', text: a.ok ? 'passes' : 'fails' }); }],
        ['Chain', function (a) { return a.chain ? (a.chain.ok ? 'intact' : 'broken at ' + show(a.chain.firstBreak)) : '—'; }],
        ['Events', function (a) { return a.chain ? a.chain.events : '—'; }],
        ['Head hash', function (a) {
          if (!a.chain || !a.chain.headHash) return '—';
          var copy = h('button', { type: 'button', 'class': 'link', 'aria-label': 'Copy the head hash of ' + a.pool, text: 'Copy' });
          copy.addEventListener('click', function () {
            (navigator.clipboard ? navigator.clipboard.writeText(a.chain.headHash) : Promise.reject(new Error('no clipboard')))
              .then(function () { say('Head hash of ' + a.pool + ' copied'); })
              .catch(function () { say('Select the hash to copy it'); });
          });
          return h('span', {}, h('code', { 'class': 'hash', text: a.chain.headHash }), ' ', copy);
        }],
        ['Conservation', function (a) {
          return (a.conservation || []).map(function (c) { return c.law + (c.ok ? ' ✓' : ' ✗'); }).join(', ') || '—';
        }],
        ['Command ids', function (a) {
          if (!a.commands) return '—';
          return a.commands.ok ? a.commands.stored + ' ✓' : 'differ: ' + a.commands.firstDifference;
        }]
      ], audits, { id: 'audit-table' });
      var replay = card('Replay', 'replay');
      var progress = h('progress', { id: 'replay-progress', max: '1', value: '0', 'aria-label': 'Replay progress' });
      var outcome = h('div', { id: 'replay-result', 'aria-live': 'polite' });
      var button = h('button', { type: 'button', id: 'replay-run', 'class': 'primary', text: 'Replay every event and compare' });
      button.addEventListener('click', function () { runReplay(button, progress, outcome); });
      append(replay, [h('p', { text: 'Rebuilds every view from the stored events into fresh read models and compares '
        + 'them with the live ones (admins only; the live views are not touched).' }), button, progress, outcome]);
      render([h('h1', { text: 'Audit' }), rows, replay], 'Audit', token);
      done('Audit', token);
    });
  }

  function runReplay(button, progress, outcome) {
    button.disabled = true;
    outcome.replaceChildren(h('p', { text: 'Replaying…' }));
    var total = 0;
    // A progress answer still on its way when the replay ends must not move the finished bar back.
    var finished = false;
    get('/api/admin/progress').then(function (p) {
      if (finished) return;
      total = p.eventsStored;
      progress.max = String(Math.max(1, total));
    }).catch(function () { /* progress is optional */ });
    var timer = setInterval(function () {
      get('/api/admin/progress').then(function (p) {
        if (finished) return;
        progress.value = String(p.replayEvents);
        say('Replay: ' + p.replayEvents + ' of about ' + total + ' events');
      }).catch(function () { /* keep polling */ });
    }, 250);
    request('POST', '/api/admin/replay').then(function (report) {
      finished = true;
      progress.value = progress.max;
      outcome.replaceChildren(h('p', { id: 'replay-summary', text: 'Replay finished: ' + JSON.stringify(report) }));
      say('Replay finished');
    }).catch(fail).then(function () { finished = true; clearInterval(timer); button.disabled = false; });
  }

  // ---- routing --------------------------------------------------------------------------------------

  function route() {
    generation++;
    clearError();
    main.removeAttribute('data-ready');
    if (!key()) { signIn(); return; }
    document.getElementById('nav').hidden = false;
    var parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
    var page;
    if (parts[0] === 'pool' && parts[1]) page = poolPage(parts[1]);
    else if (parts[0] === 'account' && parts[1] && parts[2]) page = accountPage(parts[1], parts[2]);
    else if (parts[0] === 'audit') page = auditPage();
    else if (parts[0] === 'sign-in') { location.hash = '#/pools'; return; }
    else page = poolsPage();
    var token = generation;
    page.catch(function (error) {
      if (token !== generation) return;
      if (error.status === 401) { signIn('The key was refused or has expired. Sign in again.'); return; }
      render([h('h1', { text: 'Not available' })], 'Not available');
      fail(error);
    });
  }

  window.addEventListener('hashchange', route);
  route();
})();
