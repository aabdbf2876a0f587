import { toBase64 } from '../../text/base64'
import { TINY_PNG } from './sample-model'

export const FIRM_HEADING_FONT = 'URW Bookman'
export const FIRM_HEADER_TEXT = 'Fabrikam Assurance Partners'

/**
 * A firm's template as LibreOffice's flat OpenDocument, for LibreOffice itself to save as .dotx
 * in a test: Heading 1 in URW Bookman and dark red, US Letter paper, and a header holding a
 * small picture and the firm's name.
 */
export function firmTemplateFodt(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name="${FIRM_HEADING_FONT}" svg:font-family="'${FIRM_HEADING_FONT}'"/></office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:text-properties style:font-name="${FIRM_HEADING_FONT}" fo:font-size="20pt" fo:font-weight="bold" fo:color="#8b0000"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.6in" fo:margin-bottom="0.6in" fo:margin-left="0.9in" fo:margin-right="0.9in"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.4in"/></style:header-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard"><draw:frame draw:name="Logo" text:anchor-type="as-char" svg:width="0.3in" svg:height="0.3in"><draw:image><office:binary-data>${toBase64(TINY_PNG)}</office:binary-data></draw:image></draw:frame> ${FIRM_HEADER_TEXT}</text:p></style:header>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text><text:h text:style-name="Heading_20_1" text:outline-level="1">Template</text:h><text:p text:style-name="Standard">Body.</text:p></office:text></office:body>
</office:document>
`
}
