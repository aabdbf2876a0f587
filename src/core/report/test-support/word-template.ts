import { strToU8, zipSync } from 'fflate'
import { TINY_PNG } from './sample-model'

/**
 * A small Word template written by hand, part by part, so a test can make it exactly as hostile
 * or as ordinary as it needs: Georgia headings in dark red on Letter paper, a header with a logo
 * and an external picture, a footer, a theme. `edit` changes any part before it is zipped.
 */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture'

export const TEMPLATE_HEADER_TEXT = 'Contoso Advisory LLP'
export const TEMPLATE_FOOTER_TEXT = 'Contoso footer'

const picture = (id: string, docPr: number) =>
  `<w:r><w:drawing><wp:inline><wp:extent cx="457200" cy="228600"/><wp:docPr id="${docPr}" name="Logo ${docPr}"/><a:graphic><a:graphicData uri="${PIC}"><pic:pic><pic:nvPicPr><pic:cNvPr id="${docPr}" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="457200" cy="228600"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`

export function templateParts(): Record<string, string | Uint8Array> {
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:r><w:t>Template body, never copied</w:t></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" w:header="540" w:footer="540" w:gutter="0"/></w:sectPr></w:body></w:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/theme" Target="theme/theme1.xml"/><Relationship Id="rIdH" Type="${REL}/header" Target="header1.xml"/><Relationship Id="rIdF" Type="${REL}/footer" Target="footer1.xml"/></Relationships>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="8B0000"/><w:sz w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:rPr><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="numbering" w:styleId="FirmList"><w:name w:val="Firm List"/></w:style></w:styles>`,
    'word/theme/theme1.xml': `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="${A}" xmlns:r="${R}" name="Contoso"><a:themeElements><a:clrScheme name="Contoso"><a:accent1><a:srgbClr val="8B0000"/></a:accent1></a:clrScheme><a:fontScheme name="Contoso"><a:majorFont><a:latin typeface="Georgia"/></a:majorFont><a:minorFont><a:latin typeface="Verdana"/></a:minorFont></a:fontScheme><a:fmtScheme name="Contoso"><a:bgFillStyleLst><a:blipFill><a:blip r:embed="rIdTexture"/></a:blipFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
    'word/header1.xml': `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}" xmlns:a="${A}" xmlns:pic="${PIC}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>${picture('rIdLogo', 901)}<w:r><w:t>${TEMPLATE_HEADER_TEXT}</w:t></w:r>${picture('rIdRemote', 902)}<w:hyperlink r:id="rIdSite"><w:r><w:t>tracked link</w:t></w:r></w:hyperlink><w:fldSimple w:instr="INCLUDEPICTURE &quot;http://tracker.example/p.png&quot;"><w:r><w:t>cached</w:t></w:r></w:fldSimple></w:p></w:hdr>`,
    'word/_rels/header1.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rIdLogo" Type="${REL}/image" Target="media/logo.png"/><Relationship Id="rIdRemote" Type="${REL}/image" Target="http://tracker.example/pixel.png" TargetMode="External"/><Relationship Id="rIdSite" Type="${REL}/hyperlink" Target="https://tracker.example/" TargetMode="External"/></Relationships>`,
    'word/footer1.xml': `<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:r><w:t>${TEMPLATE_FOOTER_TEXT}</w:t></w:r></w:p></w:ftr>`,
    'word/media/logo.png': TINY_PNG,
    'word/unknown/extra.bin': new Uint8Array([1, 2, 3]),
  }
}

/** The template's bytes, with its parts changed (or removed: undefined) by `edit`. */
export function wordTemplateBytes(
  edit: (parts: Record<string, string | Uint8Array | undefined>) => void = () => {},
): Uint8Array {
  const parts: Record<string, string | Uint8Array | undefined> = templateParts()
  edit(parts)
  const zip: Record<string, Uint8Array> = {}
  for (const [name, data] of Object.entries(parts))
    if (data !== undefined) zip[name] = typeof data === 'string' ? strToU8(data) : data
  return zipSync(zip)
}
