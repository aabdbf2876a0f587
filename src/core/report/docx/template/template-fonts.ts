import { ownRunFonts, styleById } from './template-styles'
import { attr, firstChild, type XmlElement } from './template-xml'

/** The fonts the template gives the report's headings and body text, as a person would name them. */
export interface TemplateFonts {
  headings?: string
  body?: string
}

/** The theme's major (headings) and minor (body) Latin typefaces. */
export function themeFonts(theme: XmlElement | undefined): { major?: string; minor?: string } {
  const elements = theme && firstChild(theme, 'themeElements')
  const scheme = elements && firstChild(elements, 'fontScheme')
  const latin = (name: string) => {
    const font = scheme && firstChild(scheme, name)
    return attr(font && firstChild(font, 'latin'), 'typeface') || undefined
  }
  return { major: latin('majorFont'), minor: latin('minorFont') }
}

/**
 * The font a style's Latin text is set in: its own, else the style it is based on, and so on,
 * else the document defaults, else the theme's body font. Theme references (`majorHAnsi`) are
 * resolved through the theme.
 */
export function fontOfStyle(
  styles: XmlElement,
  theme: XmlElement | undefined,
  styleId: string,
): string | undefined {
  const { major, minor } = themeFonts(theme)
  const named = (fonts: XmlElement | undefined): string | undefined => {
    const direct = attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi')
    if (direct) return direct
    const themed = attr(fonts, 'asciiTheme') ?? attr(fonts, 'hAnsiTheme')
    if (themed) return themed.startsWith('major') ? major : minor
    return undefined
  }
  const seen = new Set<string>()
  for (let id: string | undefined = styleId; id && !seen.has(id);) {
    seen.add(id)
    const style = styleById(styles, id)
    const font = named(ownRunFonts(style))
    if (font) return font
    id = attr(style && firstChild(style, 'basedOn'), 'val')
  }
  const defaults = firstChild(styles, 'docDefaults')
  const runDefault = defaults && firstChild(defaults, 'rPrDefault')
  const runProperties = runDefault && firstChild(runDefault, 'rPr')
  return named(runProperties && firstChild(runProperties, 'rFonts')) ?? minor
}
