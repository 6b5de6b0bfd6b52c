package id.terbuka.datastore.dump;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CKAN's XML dump: {@code <data>} holding one {@code <row _id="..">} per record, a child element
 * per column named by {@link XmlNames}, {@code xsi:nil="true"} for nulls. {@code _id}, when
 * selected, is the row's attribute rather than an element. Characters XML 1.0 cannot carry (control
 * characters, lone surrogates) are written as U+FFFD.
 */
public final class XmlRecords implements RecordWriter {
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private final Writer out;
  private int rowIdIndex = -1;
  private List<String> elements;

  public XmlRecords(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(List<DumpColumn> columns) throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String id = columns.get(i).id();
      if (DumpColumn.ROW_ID.equals(id) && rowIdIndex < 0) {
        rowIdIndex = i;
      }
      names.add(id);
    }
    List<String> dataColumns = new ArrayList<>(names);
    if (rowIdIndex >= 0) {
      dataColumns.remove(rowIdIndex);
    }
    List<String> unique = XmlNames.of(dataColumns);
    elements = new ArrayList<>(unique);
    if (rowIdIndex >= 0) {
      elements.add(rowIdIndex, null);
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data xmlns:xsi=\"" + XSI + "\">\n");
  }

  @Override
  public boolean row(Object[] values) throws IOException {
    StringBuilder b = new StringBuilder(64 * values.length);
    b.append("<row");
    if (rowIdIndex >= 0) {
      b.append(" _id=\"");
      escape(b, values[rowIdIndex] == null ? "" : Cells.text(values[rowIdIndex]), true);
      b.append('"');
    }
    b.append('>');
    for (int i = 0; i < values.length; i++) {
      String element = elements.get(i);
      if (element == null) {
        continue;
      }
      b.append('<').append(element);
      if (values[i] == null) {
        b.append(" xsi:nil=\"true\"/>");
      } else {
        b.append('>');
        escape(b, Cells.text(values[i]), false);
        b.append("</").append(element).append('>');
      }
    }
    b.append("</row>\n");
    out.write(b.toString());
    return true;
  }

  @Override
  public void end() throws IOException {
    out.write("</data>\n");
    out.flush();
  }

  /** Escapes markup; keeps a carriage return as a reference (parsers would turn it into LF). */
  static void escape(StringBuilder b, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\r' -> b.append("&#13;");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
  }
}
