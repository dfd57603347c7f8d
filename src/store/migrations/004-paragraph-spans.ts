/**
 * Paragraph spans move from a table of their own (one row per paragraph) into a JSON column
 * of the document, `[[start, end, heading], ...]` in paragraph order. Only a whole document's
 * reading uses them, never a query, and a row per paragraph cost about a tenth of the time of
 * storing a document (issue 3's bench). Existing stores keep their paragraphs.
 */
export const paragraphSpansSchema = `
ALTER TABLE documents ADD COLUMN paragraph_spans TEXT NOT NULL DEFAULT '[]';
UPDATE documents SET paragraph_spans = coalesce(
  (SELECT json_group_array(json_array(p.start, p.end, p.heading) ORDER BY p.idx)
   FROM paragraphs p WHERE p.doc_id = documents.id),
  '[]');
DROP TABLE paragraphs;
`;
