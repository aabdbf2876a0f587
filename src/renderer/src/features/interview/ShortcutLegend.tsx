import { shortcutLegend } from './shortcut-legend'

const LEGEND = shortcutLegend()

export function ShortcutLegend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        Keyboard
      </h2>
      <dl className="legend__list">
        {LEGEND.map(({ keys, chord, does }) => (
          <div key={does} className="legend__item">
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && (chord ? ' + ' : ' ')}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
