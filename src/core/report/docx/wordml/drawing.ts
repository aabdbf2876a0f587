import { escapeXml } from './xml-text'

/** 96 dpi pixels to the English Metric Units DrawingML measures in. */
const EMU_PER_PIXEL = 9525

export interface InlinePicture {
  /** The relationship (in document.xml.rels) of the image part. */
  relationshipId: string
  /** Unique among the document's drawings. */
  drawingId: number
  name: string
  description: string
  width: number
  height: number
}

/** A picture in the line of text, sized in pixels at 96 dpi, with its alternative text. */
export function inlinePicture(picture: InlinePicture): string {
  const cx = Math.round(picture.width * EMU_PER_PIXEL)
  const cy = Math.round(picture.height * EMU_PER_PIXEL)
  const name = escapeXml(picture.name)
  const description = escapeXml(picture.description)
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${picture.drawingId}" name="${name}" descr="${description}" title="${description}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:nvPicPr><pic:cNvPr id="${picture.drawingId}" name="${name}" descr="${description}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${picture.relationshipId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  )
}
