// The lineage graph page: data from the lineage API (GET /api/v1/lineage), layout and drawing by Cytoscape.js.
(function () {
  'use strict';
  var host = document.getElementById('graph');
  var status = document.getElementById('graph-status');
  var start = host.dataset.node;
  var started = performance.now();

  function pageOf(node) {
    var d = node.data;
    var kind = node.type === 'DATASET' ? 'dataset' : 'job';
    return '/ui/' + kind + '?ns=' + encodeURIComponent(d.namespace) + '&name=' + encodeURIComponent(d.name);
  }

  function elements(graph) {
    var byId = {};
    graph.forEach(function (n) { byId[n.id] = n; });
    var nodes = [];
    var edges = [];
    var seen = {};
    graph.forEach(function (n) {
      var d = n.data;
      var drift = n.type === 'DATASET' && d.drift && d.drift.length > 0;
      var label = d.name + (n.type === 'DATASET' && d.contractVersion ? ' (v' + d.contractVersion + ')' : '');
      nodes.push({ data: { id: n.id, label: label, kind: n.type, drift: drift ? 'yes' : 'no',
        start: n.id === start ? 'yes' : 'no', href: pageOf(n) } });
      n.outEdges.forEach(function (e) {
        var key = e.origin + '>' + e.destination;
        if (seen[key] || !byId[e.destination]) return;
        seen[key] = true;
        edges.push({ data: { id: key, source: e.origin, target: e.destination,
          drift: edgeDrift(byId[e.origin], byId[e.destination]) ? 'yes' : 'no' } });
      });
    });
    return { nodes: nodes, edges: edges };
  }

  // An edge drifts when the dataset's drift was seen in the run of the job at its other end, in its direction.
  function edgeDrift(origin, destination) {
    var dataset = origin.type === 'DATASET' ? origin : destination;
    var job = origin.type === 'DATASET' ? destination : origin;
    var direction = origin.type === 'DATASET' ? 'INPUT' : 'OUTPUT';
    return (dataset.data.drift || []).some(function (d) {
      return d.runId === job.data.latestRunId && (!d.direction || d.direction === direction);
    });
  }

  function list(graph) {
    var body = document.querySelector('#nodes tbody');
    var rows = graph.slice().sort(function (a, b) { return a.id < b.id ? -1 : 1; }).map(function (n) {
      var d = n.data;
      var tr = document.createElement('tr');
      var a = document.createElement('a');
      a.href = pageOf(n);
      a.textContent = d.name;
      var cells = [a, n.type === 'DATASET' ? 'dataset' : 'job',
        n.type === 'DATASET' ? (d.subject ? d.subject + (d.contractVersion ? ' v' + d.contractVersion : '') : '—') : '',
        n.type === 'DATASET' ? ((d.drift || []).map(function (x) { return x.fieldPath + ' (' + x.kind + ')'; }).join(', ') || 'none') : ''];
      cells.forEach(function (c) {
        var td = document.createElement('td');
        if (typeof c === 'string') td.textContent = c; else td.appendChild(c);
        tr.appendChild(td);
      });
      if (n.type === 'DATASET' && d.drift && d.drift.length) tr.className = 'drifted';
      return tr;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  fetch('/api/v1/lineage?nodeId=' + encodeURIComponent(start) + '&depth=' + encodeURIComponent(host.dataset.depth))
    .then(function (r) {
      if (!r.ok) throw new Error('the lineage API answered ' + r.status);
      return r.json();
    })
    .then(function (body) {
      var fetched = performance.now();
      var els = elements(body.graph);
      var built = performance.now();
      var cy = window.cytoscape({
        container: host,
        elements: els,
        textureOnViewport: els.nodes.length > 200,
        hideEdgesOnViewport: els.nodes.length > 200,
        minZoom: 0.05,
        maxZoom: 3,
        style: [
          { selector: 'node', style: { 'label': 'data(label)', 'text-wrap': 'ellipsis', 'text-max-width': '220px', 'font-size': 11,
            'text-valign': 'bottom', 'text-margin-y': 4, 'min-zoomed-font-size': 7, 'color': '#1b1f24',
            'width': 26, 'height': 26, 'border-width': 2, 'border-color': '#fff' } },
          { selector: 'node[kind = "DATASET"]', style: { 'shape': 'round-rectangle', 'background-color': '#1f6feb' } },
          { selector: 'node[kind = "JOB"]', style: { 'shape': 'ellipse', 'background-color': '#6e7781' } },
          { selector: 'node[drift = "yes"]', style: { 'border-color': '#cf222e', 'border-width': 4,
            'background-color': '#ffebe9' } },
          { selector: 'node[start = "yes"]', style: { 'width': 36, 'height': 36, 'font-weight': 'bold' } },
          { selector: 'edge', style: { 'width': 1.5, 'line-color': '#8c959f', 'target-arrow-color': '#8c959f',
            'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
          { selector: 'edge[drift = "yes"]', style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e',
            'line-style': 'dashed', 'width': 3 } }
        ],
        // Data flows left to right: the breadth-first levels become columns (the layout's transform turns them), so
        // long names do not collide. One layout pass at creation, no animation, fitted by the layout itself.
        layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.4, animate: false, fit: true, padding: 30,
          transform: function (node, p) { return { x: p.y * 4, y: p.x }; } }
      });
      var drawn = performance.now();
      if (cy.zoom() > 1.2) { // a small graph: readable labels rather than nodes blown up to fill the box
        cy.zoom(1.2);
        cy.center();
      }
      cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('href'); });
      document.getElementById('fit').addEventListener('click', function () { cy.fit(undefined, 20); });
      list(body.graph);
      var ms = Math.round(performance.now() - started);
      // Where the time went (benchmarks/ui/graph-layout.js reads these): the lineage API's answer, the elements,
      // Cytoscape.js (styles, layout, fit), then the node list.
      host.dataset.fetchMs = String(Math.round(fetched - started));
      host.dataset.elementsMs = String(Math.round(built - fetched));
      host.dataset.drawMs = String(Math.round(drawn - built));
      host.dataset.listMs = String(Math.round(performance.now() - drawn));
      status.textContent = els.nodes.length + ' nodes, ' + els.edges.length + ' edges.';
      host.dataset.nodes = String(els.nodes.length);
      host.dataset.edges = String(els.edges.length);
      host.dataset.readyMs = String(ms);
      host.dataset.sinceNavigationMs = String(Math.round(performance.now()));
      window.lineageGraph = cy;
      document.body.classList.add('graph-ready');
    })
    .catch(function (e) {
      status.textContent = 'The graph could not be loaded: ' + e.message;
      document.body.classList.add('graph-failed');
    });
})();
