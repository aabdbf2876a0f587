"""The benchmark's peer: python-docx building the document our Word export builds.

Reads the report model the app builds (model.json, the same headings, paragraphs, bullets,
tables and images, in the same order) and the embedded images (media/<n>.jpg|png), builds a
.docx with python-docx and saves it. Prints one JSON line: the time from the start of building
to the end of saving, the peak resident memory of this process and the file's size. Reading the
model and starting Python are not timed; reading the image files is (python-docx reads, hashes
and embeds them itself, as a python-docx user's code would have it do).

Usage: python3 bench/peer_docx.py WORK_DIR OUT_FILE
"""

import json
import os
import resource
import sys
import time

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

MUTED = RGBColor(0x6B, 0x72, 0x80)


def add_spans(paragraph, spans):
    for span in spans:
        run = paragraph.add_run(span.get("text", ""))
        run.bold = bool(span.get("bold"))
        run.italic = bool(span.get("italic"))
        if span.get("mono"):
            run.font.name = "Consolas"
        if span.get("muted"):
            run.font.color.rgb = MUTED


def header_row(table, names):
    cells = table.rows[0].cells
    for cell, name in zip(cells, names):
        cell.text = ""
        run = cell.paragraphs[0].add_run(name)
        run.bold = True
    # Repeat the header row on every page, as our report's tables do.
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)


def add_table(document, columns, rows):
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header_row(table, [c["header"] for c in columns])
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            add_spans(cell.paragraphs[0], value["spans"])
    return table


def add_toc(document):
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-3" \\h \\z \\u'
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def build(model, media_dir, out_file):
    media = {m["id"]: m for m in model["media"]}
    document = Document()
    document.styles["Normal"].font.size = Pt(10.5)
    section = document.sections[0]
    section.header.paragraphs[0].text = model["headerText"]
    section.footer.paragraphs[0].text = model["cover"]["marking"]

    cover = model["cover"]
    document.add_heading(cover["title"], level=0)
    document.add_paragraph(cover["subtitle"])
    for line in (cover["client"], cover["system"], cover["firm"], ", ".join(cover["auditors"]), cover["date"], cover["marking"]):
        document.add_paragraph(line)
    document.add_page_break()

    for block in model["body"]:
        kind = block["kind"]
        if kind == "heading":
            if block.get("pageBreakBefore"):
                document.add_page_break()
            document.add_heading(block["text"], level=block["level"])
        elif kind == "paragraph":
            add_spans(document.add_paragraph(), block["spans"])
        elif kind == "bullets":
            for item in block["items"]:
                add_spans(document.add_paragraph(style="List Bullet"), item)
        elif kind == "table":
            add_table(document, block["columns"], block["rows"])
            if block.get("caption"):
                document.add_paragraph(block["caption"], style="Caption")
        elif kind == "keyValues":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for row in block["rows"]:
                cells = table.add_row().cells
                cells[0].text = row["key"]
                add_spans(cells[1].paragraphs[0], row["value"])
        elif kind == "image":
            info = media[block["mediaId"]]
            path = os.path.join(media_dir, info["file"])
            document.add_picture(path, width=Inches(6))
            if block.get("caption"):
                document.add_paragraph(block["caption"], style="Caption")
        elif kind == "chart":
            # python-docx has no charts: the chart's data as a table, as a peer would do it.
            chart = block["chart"]
            document.add_paragraph(chart["title"], style="Caption")
            columns = [{"header": "Section"}, {"header": chart["axisTitle"]}, {"header": "Note"}]
            rows = [
                [{"spans": [{"text": bar["label"]}]}, {"spans": [{"text": bar["valueText"]}]}, {"spans": [{"text": bar.get("note", "")}]}]
                for bar in chart["bars"]
            ]
            add_table(document, columns, rows)
        elif kind == "tableOfContents":
            add_toc(document)
        elif kind == "pageBreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError("unknown block kind: " + kind)

    document.save(out_file)


def main():
    work_dir, out_file = sys.argv[1], sys.argv[2]
    with open(os.path.join(work_dir, "model.json"), encoding="utf-8") as f:
        model = json.load(f)
    started = time.perf_counter()
    build(model, os.path.join(work_dir, "media"), out_file)
    ms = (time.perf_counter() - started) * 1000
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"ms": ms, "peakRssBytes": peak_kb * 1024, "bytes": os.path.getsize(out_file)}))


if __name__ == "__main__":
    main()
