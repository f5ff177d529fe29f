// Pan (drag) and zoom (wheel, buttons) for the lineage SVG. Runs in the browser so that
// dragging stays smooth; it only sets the transform of the graph's viewport group.
const states = new WeakMap();

function viewport(svg) {
  return svg.querySelector(".lineage-viewport");
}

function apply(svg) {
  const s = states.get(svg);
  viewport(svg).setAttribute("transform", `translate(${s.x} ${s.y}) scale(${s.scale})`);
}

function toSvgPoint(svg, clientX, clientY) {
  const point = svg.createSVGPoint();
  point.x = clientX;
  point.y = clientY;
  return point.matrixTransform(svg.getScreenCTM().inverse());
}

function zoomAround(svg, factor, center) {
  const s = states.get(svg);
  const scale = Math.min(8, Math.max(0.2, s.scale * factor));
  const applied = scale / s.scale;
  s.x = center.x - (center.x - s.x) * applied;
  s.y = center.y - (center.y - s.y) * applied;
  s.scale = scale;
  apply(svg);
}

export function attach(svg) {
  if (states.has(svg)) return;
  states.set(svg, { x: 0, y: 0, scale: 1, drag: null, moved: false });

  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    zoomAround(svg, e.deltaY < 0 ? 1.1 : 1 / 1.1, toSvgPoint(svg, e.clientX, e.clientY));
  }, { passive: false });

  svg.addEventListener("pointerdown", (e) => {
    const s = states.get(svg);
    s.drag = { start: toSvgPoint(svg, e.clientX, e.clientY), x: s.x, y: s.y, pointer: e.pointerId };
    s.moved = false;
  });

  svg.addEventListener("pointermove", (e) => {
    const s = states.get(svg);
    if (!s.drag || s.drag.pointer !== e.pointerId) return;
    const now = toSvgPoint(svg, e.clientX, e.clientY);
    const dx = now.x - s.drag.start.x;
    const dy = now.y - s.drag.start.y;
    if (!s.moved && Math.hypot(dx, dy) < 4) return;
    if (!s.moved) svg.setPointerCapture(e.pointerId);
    s.moved = true;
    s.x = s.drag.x + dx;
    s.y = s.drag.y + dy;
    apply(svg);
  });

  const end = () => { states.get(svg).drag = null; };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);

  // A drag must not also count as a click on the node it started on.
  svg.addEventListener("click", (e) => {
    const s = states.get(svg);
    if (s.moved) {
      e.stopPropagation();
      e.preventDefault();
      s.moved = false;
    }
  }, true);
}

export function zoom(svg, factor) {
  const box = svg.viewBox.baseVal;
  zoomAround(svg, factor, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

export function reset(svg) {
  Object.assign(states.get(svg), { x: 0, y: 0, scale: 1 });
  apply(svg);
}
