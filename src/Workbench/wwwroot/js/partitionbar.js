// Date selection on a partition bar: click a cell, shift-click a second one, or drag across cells.
// Cells are SVG rects with data-date (yyyy-MM-dd, so text order is date order); one listener set per bar.
export function attach(svg, component) {
    let anchor = null;
    let last = null;
    let dragging = false;

    const dateOf = e => e.target instanceof Element ? e.target.getAttribute('data-date') : null;
    const mark = (from, to) => {
        const [a, b] = from <= to ? [from, to] : [to, from];
        for (const cell of svg.querySelectorAll('rect[data-date]')) {
            const d = cell.getAttribute('data-date');
            cell.classList.toggle('is-dragged', d >= a && d <= b);
        }
    };
    const finish = () => {
        if (!dragging) return;
        dragging = false;
        for (const cell of svg.querySelectorAll('rect.is-dragged')) cell.classList.remove('is-dragged');
        component.invokeMethodAsync('SelectRange', anchor, last);
    };

    svg.addEventListener('mousedown', e => {
        const date = dateOf(e);
        if (!date || e.button !== 0) return;
        e.preventDefault();
        if (e.shiftKey && anchor) {
            last = date;
            component.invokeMethodAsync('SelectRange', anchor, last);
            return;
        }
        anchor = date;
        last = date;
        dragging = true;
        mark(anchor, last);
    });
    svg.addEventListener('mouseover', e => {
        const date = dateOf(e);
        if (!dragging || !date || date === last) return;
        last = date;
        mark(anchor, last);
    });
    window.addEventListener('mouseup', finish);
    svg.__partitionBarDetach = () => window.removeEventListener('mouseup', finish);
}

export function detach(svg) {
    if (svg && svg.__partitionBarDetach) svg.__partitionBarDetach();
}
